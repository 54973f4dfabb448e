package io.alliancehub.members.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.alliancehub.kit.history.HistoryEntry;
import io.alliancehub.kit.openapi.ContractFilter;
import io.alliancehub.kit.security.Roles;
import io.alliancehub.kit.web.Csv;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Idempotency;
import io.alliancehub.kit.web.MediaTypes;
import io.alliancehub.kit.web.Page;
import io.alliancehub.kit.web.PageParams;
import io.alliancehub.kit.web.PageRequest;
import io.alliancehub.kit.web.Params;
import io.alliancehub.members.service.OrganizationCsv;
import io.alliancehub.members.service.OrganizationQuery;
import io.alliancehub.members.service.OrganizationService;
import io.alliancehub.members.service.model.ImportReport;
import io.alliancehub.members.service.model.MembershipTransitionRequest;
import io.alliancehub.members.service.model.MembershipTransitionView;
import io.alliancehub.members.service.model.OrganizationRequest;
import io.alliancehub.members.service.model.OrganizationView;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organizations")
@Tag(name = "Organizations", description = "Member organisations and their memberships")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationCsv csv;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register an organisation",
            description =
                    "Records a membership application: the organisation is created with its membership in status APPLIED "
                            + "and organization.registered is published. The credit code must be unique and pass the GB 32100-2015 "
                            + "checksum. Send an Idempotency-Key to retry safely. Admin only.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag headers name the new organisation",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response createOrganization(
            @HeaderParam(Idempotency.HEADER)
                    @Parameter(
                            description =
                                    "Makes the POST safe to retry: a repeat with the same body returns the first answer")
                    String idempotencyKey,
            @NotNull @Valid OrganizationRequest body,
            @Context UriInfo uri) {
        return idempotency.createOnce(idempotencyKey, body, () -> {
            OrganizationView created = organizations.create(body);
            return ETags.created(uri, "api/v1/organizations", created);
        });
    }

    @GET
    @Extension(name = ContractFilter.CSV_EXPORT, value = "true")
    @PermitAll
    @Operation(
            summary = "List and search organisations",
            description =
                    "Paged list with filters. Without a token, and for members, only memberships in good standing (ACTIVE, GRACE) "
                            + "are listed (the public member directory), plus a member's own organisation; partners and admins see all. "
                            + "Send Accept: text/csv for a CSV export of all matching rows, streamed (any number of rows).")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    public Page<OrganizationView> listOrganizations(
            @BeanParam OrganizationFilterParams filter, @BeanParam PageParams page) {
        PageRequest request = page.toRequest(OrganizationService.SORTABLE, OrganizationService.DEFAULT_SORT);
        return organizations.list(filter.toQuery(), request);
    }

    @GET
    @PermitAll
    // qs: JSON wins unless the client asks for CSV (Accept: */* gets JSON)
    @Produces(MediaTypes.CSV + ";qs=0.5")
    @Operation(hidden = true)
    public Response exportOrganizations(@BeanParam OrganizationFilterParams filter, @QueryParam("sort") String sort) {
        Sort order = PageRequest.sortOf(sort, OrganizationService.SORTABLE, OrganizationService.DEFAULT_SORT);
        OrganizationQuery query = filter.toQuery();
        StreamingOutput body = Csv.stream(
                OrganizationCsv.COLUMNS,
                rows -> organizations.export(query, order, chunk -> chunk.forEach(v -> rows.add(csv.row(v)))));
        return Response.ok(body, MediaTypes.CSV_UTF8)
                .header("Content-Disposition", "attachment; filename=\"organizations.csv\"")
                .build();
    }

    @POST
    @Path("/import")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({MediaTypes.CSV, MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Import organisations from CSV",
            description =
                    "Columns: "
                            + "nameZh,nameEn,shortNameZh,shortNameEn,sector,creditCode,country,province,city,website,fields,tags,tier "
                            + "(fields and tags separated by ;). Idempotent: a row whose credit code (or, without one, exact name) matches an "
                            + "organisation updates it; new ones are registered as APPLIED. All or nothing: with any invalid row nothing is "
                            + "written and the 422 problem lists errors as rows[N].column. dryRun=true only reports. Up to 5,000 rows, 20 MiB. Admin only.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaTypes.CSV,
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            maxLength =
                                                    20_971_520))) // the import body cap (alliance.limits.import-bytes,
    // 20 MiB): no more characters than bytes
    @APIResponse(
            responseCode = "200",
            description = "What was (or, with dryRun, would be) done",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importOrganizations(
            @QueryParam("dryRun")
                    @Parameter(
                            description = "Report only; write nothing",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .BOOLEAN))
                    String dryRun,
            @NotNull String body) {
        return csv.importCsv(body, Params.bool(dryRun, "dryRun"));
    }

    @GET
    @Path("/{organizationId}")
    @PermitAll
    @Operation(
            summary = "Get an organisation",
            description =
                    "The ETag header carries the version to send as If-Match when changing it. Organisations outside the public "
                            + "directory are 404 for callers who may not see them.")
    @APIResponse(
            responseCode = "200",
            description = "The organisation",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response getOrganization(@PathParam("organizationId") UUID id) {
        OrganizationView view = organizations.get(id);
        return ETags.ok(view);
    }

    @PATCH
    @Path("/{organizationId}")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Consumes(MediaTypes.MERGE_PATCH_JSON)
    @Operation(
            summary = "Change an organisation",
            description =
                    "JSON Merge Patch (RFC 7386) of the OrganizationRequest document: send only what changes; null removes an "
                            + "optional value. Requires If-Match. Members change only their own organisation and not the membership tier; "
                            + "membership status changes go through transitions. Publishes organization.updated with the changed fields.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaTypes.MERGE_PATCH_JSON,
                            schema = @Schema(implementation = OrganizationRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed organisation",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response updateOrganization(
            @PathParam("organizationId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag from the last GET", required = true) String ifMatch,
            @NotNull JsonNode patch) {
        OrganizationView view = organizations.patch(id, ifMatch, patch);
        return ETags.ok(view);
    }

    @POST
    @Path("/{organizationId}/membership/transitions")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Move the membership",
            description =
                    "APPROVE, REJECT, ACTIVATE, SUSPEND, REINSTATE, RENEW, WITHDRAW or TERMINATE; membership.allowedActions lists "
                            + "what is allowed now and anything else is 409. ACTIVATE and RENEW start a term (termStart/termEnd optional). "
                            + "If-Match is optional here. Records actor, reason and time, and publishes membership.status-changed. Admin only.")
    @APIResponse(
            responseCode = "200",
            description = "The organisation after the move",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response transitionMembership(
            @PathParam("organizationId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MembershipTransitionRequest body) {
        OrganizationView view = organizations.transition(id, ifMatch, body);
        return ETags.ok(view);
    }

    @GET
    @Path("/{organizationId}/membership/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Operation(
            summary = "Membership moves",
            description = "Every move of the membership with actor, reason and time, oldest first. "
                    + "Admins and the organisation's own members.")
    public List<MembershipTransitionView> listMembershipTransitions(@PathParam("organizationId") UUID id) {
        return organizations.transitions(id);
    }

    @GET
    @Path("/{organizationId}/history")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Operation(
            summary = "Change history",
            description = "Every revision of the organisation (Hibernate Envers): who, when, which "
                    + "fields changed from what to what. Admins and the organisation's own members.")
    public List<HistoryEntry> getOrganizationHistory(@PathParam("organizationId") UUID id) {
        return organizations.history(id);
    }
}
