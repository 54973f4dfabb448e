package io.alliancehub.events.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.alliancehub.events.service.ExhibitorService;
import io.alliancehub.events.service.model.ExhibitorRequest;
import io.alliancehub.events.service.model.ExhibitorView;
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

@Path("/api/v1/events/{eventId}/exhibitors")
@Tag(name = "Exhibitors", description = "Member organisations exhibiting at an event")
@Produces(MediaType.APPLICATION_JSON)
public class ExhibitorResource {

    @Inject
    ExhibitorService exhibitors;

    @GET
    @PermitAll
    @Operation(
            summary = "Exhibitors of an event",
            description = "Ordered by booth; readable by whoever can see the event. q finds exhibitors by the "
                    + "organisation's name, booth or showcase, in Chinese, English, pinyin or pinyin initials.")
    public List<ExhibitorView> listExhibitors(
            @PathParam("eventId") UUID eventId,
            @QueryParam("q")
                    @Parameter(
                            description = "zh, en, pinyin or initials",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    String q) {
        return exhibitors.list(eventId, Params.text(q, "q", 200));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add an exhibitor",
            description = "The organisation must be a known member organisation (422) and exhibit "
                    + "once per event (409). Admin only.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ExhibitorView.class)))
    public Response createExhibitor(
            @PathParam("eventId") UUID eventId, @NotNull @Valid ExhibitorRequest body, @Context UriInfo uri) {
        ExhibitorView created = exhibitors.create(eventId, body);
        return ETags.created(uri, created);
    }

    @PATCH
    @Path("/{exhibitorId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaTypes.MERGE_PATCH_JSON)
    @Operation(
            summary = "Change an exhibitor",
            description = "JSON Merge Patch of the ExhibitorRequest document; requires If-Match.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaTypes.MERGE_PATCH_JSON,
                            schema = @Schema(implementation = ExhibitorRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed exhibitor",
            content = @Content(schema = @Schema(implementation = ExhibitorView.class)))
    public Response updateExhibitor(
            @PathParam("eventId") UUID eventId,
            @PathParam("exhibitorId") UUID exhibitorId,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull JsonNode patch) {
        ExhibitorView view = exhibitors.patch(eventId, exhibitorId, ifMatch, patch);
        return ETags.ok(view);
    }

    @DELETE
    @Path("/{exhibitorId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove an exhibitor", description = "Requires If-Match. Admin only.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response deleteExhibitor(
            @PathParam("eventId") UUID eventId,
            @PathParam("exhibitorId") UUID exhibitorId,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch) {
        exhibitors.delete(eventId, exhibitorId, ifMatch);
        return Response.noContent().build();
    }
}
