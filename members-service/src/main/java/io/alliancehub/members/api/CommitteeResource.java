package io.alliancehub.members.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.alliancehub.kit.history.HistoryEntry;
import io.alliancehub.kit.security.Roles;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Idempotency;
import io.alliancehub.kit.web.MediaTypes;
import io.alliancehub.kit.web.Page;
import io.alliancehub.kit.web.PageParams;
import io.alliancehub.kit.web.Params;
import io.alliancehub.members.domain.CommitteeKind;
import io.alliancehub.members.service.CommitteeService;
import io.alliancehub.members.service.model.CommitteeRequest;
import io.alliancehub.members.service.model.CommitteeView;
import io.alliancehub.members.service.model.SeatRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

@Path("/api/v1/committees")
@Tag(name = "Committees", description = "Alliance bodies and their seats")
@Produces(MediaType.APPLICATION_JSON)
public class CommitteeResource {

    @Inject
    CommitteeService committees;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a committee", description = "Admin only. Accepts Idempotency-Key.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CommitteeView.class)))
    public Response createCommittee(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid CommitteeRequest body,
            @Context UriInfo uri) {
        return idempotency.createOnce(idempotencyKey, body, () -> {
            CommitteeView created = committees.create(body);
            return ETags.created(uri, "api/v1/committees", created);
        });
    }

    @GET
    @PermitAll
    @Operation(
            summary = "List committees",
            description = "Public. Filter by kind and updatedSince; sort by name, nameEn, kind, createdAt, updatedAt.")
    public Page<CommitteeView> listCommittees(
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = CommitteeKind.class)) String kind,
            @QueryParam("updatedSince")
                    @Parameter(
                            description = "Only committees changed at or after this instant (ISO-8601 with offset)",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    String updatedSince,
            @BeanParam PageParams page) {
        return committees.list(
                Params.enumValue(CommitteeKind.class, kind, "kind"),
                Params.dateTime(updatedSince, "updatedSince"),
                page.toRequest(CommitteeService.SORTABLE, "createdAt,asc"));
    }

    @GET
    @Path("/{committeeId}")
    @PermitAll
    @Operation(
            summary = "Get a committee with its seats",
            description = "Public. The ETag header carries the version for If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The committee",
            content = @Content(schema = @Schema(implementation = CommitteeView.class)))
    public Response getCommittee(@PathParam("committeeId") UUID id) {
        CommitteeView view = committees.get(id);
        return ETags.ok(view);
    }

    @PATCH
    @Path("/{committeeId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaTypes.MERGE_PATCH_JSON)
    @Operation(
            summary = "Change a committee",
            description = "JSON Merge Patch of CommitteeRequest; requires If-Match. Admin only.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaTypes.MERGE_PATCH_JSON,
                            schema = @Schema(implementation = CommitteeRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed committee",
            content = @Content(schema = @Schema(implementation = CommitteeView.class)))
    public Response updateCommittee(
            @PathParam("committeeId") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull JsonNode patch) {
        CommitteeView view = committees.patch(id, ifMatch, patch);
        return ETags.ok(view);
    }

    @POST
    @Path("/{committeeId}/seats")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a seat",
            description =
                    "For an organisation and optionally one of its contacts; 422 when they do not exist. Admin only.")
    @APIResponse(
            responseCode = "201",
            description = "The committee with the new seat",
            content = @Content(schema = @Schema(implementation = CommitteeView.class)))
    public Response addCommitteeSeat(@PathParam("committeeId") UUID id, @NotNull @Valid SeatRequest body) {
        CommitteeView view = committees.addSeat(id, body);
        return ETags.created(null, view, view.version());
    }

    @DELETE
    @Path("/{committeeId}/seats/{seatId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a seat", description = "Requires If-Match with the committee's ETag. Admin only.")
    @APIResponse(
            responseCode = "200",
            description = "The committee without the seat",
            content = @Content(schema = @Schema(implementation = CommitteeView.class)))
    public Response removeCommitteeSeat(
            @PathParam("committeeId") UUID id,
            @PathParam("seatId") UUID seatId,
            @HeaderParam("If-Match") String ifMatch) {
        CommitteeView view = committees.removeSeat(id, seatId, ifMatch);
        return ETags.ok(view);
    }

    @GET
    @Path("/{committeeId}/history")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Change history of a committee",
            description = "Every revision of its name, kind and description (Hibernate "
                    + "Envers): who, when, what changed. Admin only.")
    public List<HistoryEntry> getCommitteeHistory(@PathParam("committeeId") UUID id) {
        return committees.history(id);
    }
}
