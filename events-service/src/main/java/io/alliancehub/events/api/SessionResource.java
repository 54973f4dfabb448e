package io.alliancehub.events.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.alliancehub.events.service.SessionService;
import io.alliancehub.events.service.model.SessionRequest;
import io.alliancehub.events.service.model.SessionView;
import io.alliancehub.kit.security.Roles;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.MediaTypes;
import io.alliancehub.kit.web.Params;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/events/{eventId}/sessions")
@Tag(name = "Agenda", description = "Sessions of an event: keynotes, speeches, panels, signings, releases")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    SessionService sessions;

    @GET
    @PermitAll
    @Operation(
            summary = "The agenda",
            description = "Sessions in time order. includeSubForums=true adds the sessions of the event's "
                    + "sub-forums (each session names its eventId). q finds sessions by title, room or speaker (name, "
                    + "title, affiliation) in Chinese, English, pinyin or pinyin initials. Readable by whoever can see the "
                    + "event.")
    public List<SessionView> listSessions(
            @PathParam("eventId") UUID eventId,
            @QueryParam("includeSubForums") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
                    String includeSubForums,
            @QueryParam("q")
                    @Parameter(
                            description = "zh, en, pinyin or initials, e.g. zhuzhi jiangyan",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    String q) {
        return sessions.agenda(
                eventId,
                includeSubForums != null && Params.bool(includeSubForums, "includeSubForums"),
                Params.text(q, "q", 200));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a session",
            description = "Within the event's span; speakers' organizationIds must be known member "
                    + "organisations (422 otherwise). Admin only.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response createSession(
            @PathParam("eventId") UUID eventId, @NotNull @Valid SessionRequest body, @Context UriInfo uri) {
        SessionView created = sessions.create(eventId, body);
        return ETags.created(uri, created);
    }

    @GET
    @Path("/{sessionId}")
    @PermitAll
    @Operation(
            summary = "Get a session",
            description = "Readable by whoever can see the event; the ETag header carries the version for If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The session",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response getSession(@PathParam("eventId") UUID eventId, @PathParam("sessionId") UUID sessionId) {
        SessionView view = sessions.get(eventId, sessionId);
        return ETags.ok(view);
    }

    @PATCH
    @Path("/{sessionId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaTypes.MERGE_PATCH_JSON)
    @Operation(
            summary = "Change a session",
            description = "JSON Merge Patch of the SessionRequest document; requires If-Match. Admin only.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaTypes.MERGE_PATCH_JSON,
                            schema = @Schema(implementation = SessionRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed session",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response updateSession(
            @PathParam("eventId") UUID eventId,
            @PathParam("sessionId") UUID sessionId,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull JsonNode patch) {
        SessionView view = sessions.patch(eventId, sessionId, ifMatch, patch);
        return ETags.ok(view);
    }

    @DELETE
    @Path("/{sessionId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a session", description = "Requires If-Match. Admin only.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response deleteSession(
            @PathParam("eventId") UUID eventId,
            @PathParam("sessionId") UUID sessionId,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch) {
        sessions.delete(eventId, sessionId, ifMatch);
        return Response.noContent().build();
    }
}
