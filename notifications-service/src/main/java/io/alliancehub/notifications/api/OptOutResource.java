package io.alliancehub.notifications.api;

import io.alliancehub.notifications.service.OptOutLinks;
import io.alliancehub.notifications.service.model.OptOutView;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The opt-out link of a reminder e-mail: no token needed, the link is the credential (for that one switch only). */
@Path("/api/v1/notifications/opt-outs/{linkId}")
@Tag(
        name = "Notifications",
        description = "E-mail to people. Each reminder (membership term ending, membership lapsed, agreement "
                + "expiring, milestone overdue) carries a link that switches reminders of its kind off for its "
                + "recipient; the same link switches them on again.")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class OptOutResource {

    private static final String LINK = "The link's id, from the reminder e-mail";
    private static final String LINK_PATTERN = "^[A-Za-z0-9_-]+$";

    @Inject
    OptOutLinks links;

    @Location("opt-out/page.html")
    Template page;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(
            summary = "Whether a reminder's kind is switched off",
            description = "For the link in a reminder e-mail; anyone holding the link. JSON for programs; a browser "
                    + "(Accept: text/html) gets a page in Chinese and English with a button that switches the reminders "
                    + "off (a POST to the same link). Opening the link changes nothing: mail scanners open links too. "
                    + "404 for an unknown link.")
    @APIResponse(
            responseCode = "200",
            description = "The kind of reminder and whether it is switched off",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OptOutView.class)),
                @Content(
                        mediaType = MediaType.TEXT_HTML,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 10_000))
            })
    public Response getReminderOptOut(
            @PathParam("linkId")
                    @Parameter(
                            description = LINK,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = LINK_PATTERN))
                    String linkId,
            @HeaderParam("Accept") String accept) {
        return answer(links.get(linkId), accept);
    }

    @POST
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(
            summary = "Switch a kind of reminder off",
            description = "The one-click unsubscribe of RFC 8058: reminder e-mails name this URL in List-Unsubscribe "
                    + "with List-Unsubscribe-Post, so a mail client may POST here; the page's button does too (any body "
                    + "is ignored). Idempotent. A browser gets the page again, now saying the reminders are off.")
    @APIResponse(
            responseCode = "200",
            description = "Switched off",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OptOutView.class)),
                @Content(
                        mediaType = MediaType.TEXT_HTML,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 10_000))
            })
    public Response optOutOfReminders(
            @PathParam("linkId")
                    @Parameter(
                            description = LINK,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = LINK_PATTERN))
                    String linkId,
            @HeaderParam("Accept") String accept) {
        return answer(links.optOut(linkId), accept);
    }

    @DELETE
    @Operation(
            summary = "Switch a kind of reminder on again",
            description = "Undoes the opt-out of the same link. Idempotent.")
    @APIResponse(responseCode = "200", description = "Switched on")
    public OptOutView optInToReminders(
            @PathParam("linkId")
                    @Parameter(
                            description = LINK,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = LINK_PATTERN))
                    String linkId) {
        return links.optIn(linkId);
    }

    /** JSON, unless the caller is a browser that asks for HTML first (a person who opened the link). */
    private Response answer(OptOutView view, String accept) {
        if (accept != null && accept.contains(MediaType.TEXT_HTML) && !accept.startsWith(MediaType.APPLICATION_JSON)) {
            String html = page.data("optedOut", view.optedOut())
                    .data("kindZh", view.kind().labelZh())
                    .data("kindEn", view.kind().labelEn())
                    .render();
            return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    // no scripts, no framing, nothing from elsewhere: the page only posts to itself
                    .header(
                            "Content-Security-Policy",
                            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
                    .build();
        }
        return Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
