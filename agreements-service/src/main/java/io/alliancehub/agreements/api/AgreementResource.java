package io.alliancehub.agreements.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.alliancehub.agreements.service.AgreementCsv;
import io.alliancehub.agreements.service.AgreementQuery;
import io.alliancehub.agreements.service.AgreementService;
import io.alliancehub.agreements.service.SigningService;
import io.alliancehub.agreements.service.model.AgreementRequest;
import io.alliancehub.agreements.service.model.AgreementView;
import io.alliancehub.agreements.service.model.AmendmentRequest;
import io.alliancehub.agreements.service.model.DeclineRequest;
import io.alliancehub.agreements.service.model.SignatureRequest;
import io.alliancehub.agreements.service.model.TransitionRequest;
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

@Path("/api/v1/agreements")
@Tag(name = "Agreements", description = "Cooperation agreements, their lifecycle and amendments")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    @Inject
    AgreementService agreements;

    @Inject
    SigningService signing;

    @Inject
    AgreementCsv csv;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Draft an agreement",
            description =
                    "Created as DRAFT and published as agreement.drafted. Two or more parties, each a member organisation known "
                            + "to agreements-service (422 otherwise) or an outside party by name; each role once. The reference number is "
                            + "unique (409). A member records only agreements its own organisation is a party to. Send an Idempotency-Key "
                            + "to retry safely.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag name the new agreement",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    public Response createAgreement(
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes the POST safe to retry")
                    String idempotencyKey,
            @NotNull @Valid AgreementRequest body,
            @Context UriInfo uri) {
        return idempotency.createOnce(idempotencyKey, body, () -> {
            AgreementView created = agreements.create(body);
            return ETags.created(uri, "api/v1/agreements", created);
        });
    }

    @GET
    @Extension(name = ContractFilter.CSV_EXPORT, value = "true")
    @PermitAll
    @Operation(
            summary = "List and search agreements",
            description =
                    "Paged and filtered (sort: referenceNumber, title, titleEn, effectiveFrom, effectiveTo, signedOn, status, "
                            + "createdAt, updatedAt). Parties and admins see their agreements in every state; others see signed ones by "
                            + "visibility: PUBLIC to everyone, MEMBERS to member and partner tokens. Send Accept: text/csv for a CSV export "
                            + "of every matching row, streamed.")
    @APIResponse(responseCode = "200", description = "A page of agreements")
    public Page<AgreementView> listAgreements(@BeanParam AgreementFilterParams filter, @BeanParam PageParams page) {
        return agreements.list(
                filter.toQuery(), page.toRequest(AgreementService.SORTABLE, AgreementService.DEFAULT_SORT));
    }

    @GET
    @PermitAll
    @Produces(MediaTypes.CSV + ";qs=0.5")
    @Operation(hidden = true)
    public Response exportAgreements(@BeanParam AgreementFilterParams filter, @QueryParam("sort") String sort) {
        AgreementQuery query = filter.toQuery();
        Sort order = PageRequest.sortOf(sort, AgreementService.SORTABLE, AgreementService.DEFAULT_SORT);
        StreamingOutput body = Csv.stream(
                AgreementCsv.HEADER,
                rows -> agreements.export(query, order, chunk -> chunk.forEach(a -> rows.add(csv.row(a)))));
        return Response.ok(body, MediaTypes.CSV_UTF8)
                .header("Content-Disposition", "attachment; filename=\"agreements.csv\"")
                .build();
    }

    @GET
    @Path("/{agreementId}")
    @PermitAll
    @Operation(
            summary = "Get an agreement",
            description =
                    "The ETag header carries the version for If-Match. Agreements the caller " + "may not see are 404.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    public Response getAgreement(@PathParam("agreementId") UUID id) {
        AgreementView view = agreements.get(id);
        return ETags.ok(view);
    }

    @PATCH
    @Path("/{agreementId}")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Consumes(MediaTypes.MERGE_PATCH_JSON)
    @Operation(
            summary = "Change an agreement before signing",
            description =
                    "JSON Merge Patch (RFC 7386) of the AgreementRequest document; requires If-Match. Only in DRAFT, "
                            + "UNDER_REVIEW and NEGOTIATION: signed text is immutable (409 agreement-signed; POST …/amendments instead). "
                            + "Admins and member parties.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaTypes.MERGE_PATCH_JSON,
                            schema = @Schema(implementation = AgreementRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed agreement",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    public Response updateAgreement(
            @PathParam("agreementId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag from the last GET", required = true) String ifMatch,
            @NotNull JsonNode patch) {
        AgreementView view = agreements.patch(id, ifMatch, patch);
        return ETags.ok(view);
    }

    @POST
    @Path("/{agreementId}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Move the agreement through its lifecycle",
            description =
                    "SUBMIT_FOR_REVIEW, RETURN_TO_DRAFT, START_NEGOTIATION, ACTIVATE, COMPLETE or TERMINATE; allowedActions "
                            + "lists what is allowed now, anything else is 409. Signing is not a move: each party signs with POST "
                            + "…/signatures. RETURN_TO_DRAFT during SIGNING voids the signatures so far. ACTIVATE also happens by itself "
                            + "on effectiveFrom, EXPIRED the day after effectiveTo; activatedBy, completedBy and terminatedBy record who "
                            + "moved it. If-Match optional. Admins and member parties.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement after the move",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    public Response transitionAgreement(
            @PathParam("agreementId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TransitionRequest body) {
        AgreementView view = agreements.transition(id, ifMatch, body);
        return ETags.ok(view);
    }

    @POST
    @Path("/{agreementId}/signatures")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Sign for one party",
            description =
                    "Each party signs for itself, in NEGOTIATION or SIGNING: a member token of the party's organisation, naming "
                            + "one of the signatories the party listed, the day (not in the future) and optionally where (place, "
                            + "eventId of a known alliance event: a signing session). The secretariat (admin) records a member "
                            + "party's signature on its behalf with onBehalfReason (the reason or the document reference), and the "
                            + "signatures of outside parties. The first signature moves NEGOTIATION to SIGNING and freezes the text: "
                            + "a PATCH from then on voids the signatures collected so far (signing.voidedNote says so). The last "
                            + "signature makes the agreement SIGNED. Publishes agreement.party-signed per signature and "
                            + "agreement.signed once complete. 409 already-signed, signing-stopped (a party declined) or not-signable; "
                            + "403 for anyone who does not act for the party. If-Match optional.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement with the signature",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    public Response signAgreement(
            @PathParam("agreementId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SignatureRequest body) {
        AgreementView view = signing.sign(id, ifMatch, body);
        return ETags.ok(view);
    }

    @POST
    @Path("/{agreementId}/declines")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Decline to sign, for one party",
            description =
                    "A party (a member token of its organisation, or the secretariat for it) refuses to sign the present text, "
                            + "with a reason. Signing stops: the signatures so far are void and the agreement is back in "
                            + "NEGOTIATION; after a change of the text (PATCH) the parties sign again. If-Match optional.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement with the refusal",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    public Response declineAgreement(
            @PathParam("agreementId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DeclineRequest body) {
        AgreementView view = signing.decline(id, ifMatch, body);
        return ETags.ok(view);
    }

    @POST
    @Path("/{agreementId}/amendments")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Amend a signed agreement",
            description =
                    "Creates the amendment: a new agreement in DRAFT with the original's text and the given changes, amendsId "
                            + "set to the original and amendmentNumber counting up; it is then reviewed, negotiated and signed like any "
                            + "agreement. Publishes agreement.amended. Only for agreements in force (SIGNED, ACTIVE).")
    @APIResponse(
            responseCode = "201",
            description = "The amendment",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    public Response amendAgreement(
            @PathParam("agreementId") UUID id, @NotNull @Valid AmendmentRequest body, @Context UriInfo uri) {
        AgreementView created = agreements.amend(id, body);
        return ETags.created(uri, "api/v1/agreements", created);
    }

    @GET
    @Path("/{agreementId}/amendments")
    @PermitAll
    @Operation(
            summary = "Amendments of an agreement",
            description = "In amendment order; only those the caller may see.")
    public List<AgreementView> listAmendments(@PathParam("agreementId") UUID id) {
        return agreements.amendments(id);
    }

    @GET
    @Path("/{agreementId}/history")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Operation(
            summary = "Change history",
            description = "Every revision (Hibernate Envers): who, when, which fields changed. Admins "
                    + "and member parties.")
    public List<HistoryEntry> getAgreementHistory(@PathParam("agreementId") UUID id) {
        return agreements.history(id);
    }
}
