package io.alliancehub.agreements.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.alliancehub.agreements.service.MilestoneService;
import io.alliancehub.agreements.service.model.MilestoneRequest;
import io.alliancehub.agreements.service.model.MilestoneTransitionRequest;
import io.alliancehub.agreements.service.model.MilestoneView;
import io.alliancehub.kit.security.Roles;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.MediaTypes;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agreements/{agreementId}/milestones")
@Tag(name = "Milestones", description = "Milestones of an agreement, owned by its parties")
@Produces(MediaType.APPLICATION_JSON)
public class MilestoneResource {

    @Inject
    MilestoneService milestones;

    @GET
    @PermitAll
    @Operation(
            summary = "Milestones of an agreement",
            description = "By due date; readable by whoever can see the agreement.")
    public List<MilestoneView> listMilestones(@PathParam("agreementId") UUID agreementId) {
        return milestones.list(agreementId);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a milestone",
            description = "PLANNED; ownerPartyRole must be a role of the agreement's parties (422). "
                    + "Not on closed agreements (409). Admins and member parties.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public Response createMilestone(
            @PathParam("agreementId") UUID agreementId, @NotNull @Valid MilestoneRequest body, @Context UriInfo uri) {
        MilestoneView created = milestones.create(agreementId, body);
        return ETags.created(uri, created);
    }

    @GET
    @Path("/{milestoneId}")
    @PermitAll
    @Operation(summary = "Get a milestone", description = "The ETag header carries the version for If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The milestone",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public Response getMilestone(
            @PathParam("agreementId") UUID agreementId, @PathParam("milestoneId") UUID milestoneId) {
        MilestoneView view = milestones.get(agreementId, milestoneId);
        return ETags.ok(view);
    }

    @PATCH
    @Path("/{milestoneId}")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Consumes(MediaTypes.MERGE_PATCH_JSON)
    @Operation(
            summary = "Change a milestone",
            description = "JSON Merge Patch of the MilestoneRequest document; requires If-Match. "
                    + "Moving an OVERDUE milestone's due date to today or later makes it PLANNED again.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaTypes.MERGE_PATCH_JSON,
                            schema = @Schema(implementation = MilestoneRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed milestone",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public Response updateMilestone(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("milestoneId") UUID milestoneId,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull JsonNode patch) {
        MilestoneView view = milestones.patch(agreementId, milestoneId, ifMatch, patch);
        return ETags.ok(view);
    }

    @POST
    @Path("/{milestoneId}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start or complete a milestone",
            description =
                    "START (PLANNED → IN_PROGRESS) or COMPLETE (→ DONE, publishes "
                            + "milestone.completed; completedOn defaults to today). OVERDUE is set by date (milestone.overdue). If-Match optional.")
    @APIResponse(
            responseCode = "200",
            description = "The milestone after the move",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public Response transitionMilestone(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("milestoneId") UUID milestoneId,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MilestoneTransitionRequest body) {
        MilestoneView view = milestones.transition(agreementId, milestoneId, ifMatch, body);
        return ETags.ok(view);
    }
}
