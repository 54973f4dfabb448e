package io.alliancehub.notifications.api;

import io.alliancehub.notifications.service.OptOutLinks;
import io.alliancehub.notifications.service.model.OptOutView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

    @Inject
    OptOutLinks links;

    @GET
    @Operation(
            summary = "Whether a reminder's kind is switched off",
            description = "For the link in a reminder e-mail; anyone holding the link. 404 for an unknown link.")
    @APIResponse(responseCode = "200", description = "The kind of reminder and whether it is switched off")
    public OptOutView getReminderOptOut(
            @PathParam("linkId")
                    @Parameter(
                            description = "From the link",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^[A-Za-z0-9_-]+$"))
                    String linkId) {
        return links.get(linkId);
    }

    @POST
    @Operation(
            summary = "Switch a kind of reminder off",
            description = "The one-click unsubscribe of RFC 8058: reminder e-mails name this URL in List-Unsubscribe "
                    + "with List-Unsubscribe-Post, so a mail client may POST here (any body is ignored). Idempotent.")
    @APIResponse(responseCode = "200", description = "Switched off")
    public OptOutView optOutOfReminders(
            @PathParam("linkId")
                    @Parameter(
                            description = "From the link",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^[A-Za-z0-9_-]+$"))
                    String linkId) {
        return links.optOut(linkId);
    }

    @DELETE
    @Operation(
            summary = "Switch a kind of reminder on again",
            description = "Undoes the opt-out of the same link. Idempotent.")
    @APIResponse(responseCode = "200", description = "Switched on")
    public OptOutView optInToReminders(
            @PathParam("linkId")
                    @Parameter(
                            description = "From the link",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^[A-Za-z0-9_-]+$"))
                    String linkId) {
        return links.optIn(linkId);
    }
}
