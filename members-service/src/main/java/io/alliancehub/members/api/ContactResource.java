package io.alliancehub.members.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.alliancehub.kit.history.HistoryEntry;
import io.alliancehub.kit.security.Roles;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Idempotency;
import io.alliancehub.kit.web.MediaTypes;
import io.alliancehub.kit.web.Params;
import io.alliancehub.members.domain.ContactRole;
import io.alliancehub.members.service.ContactService;
import io.alliancehub.members.service.model.ContactRecipientView;
import io.alliancehub.members.service.model.ContactRequest;
import io.alliancehub.members.service.model.ContactView;
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

@Path("/api/v1/organizations/{organizationId}/contacts")
@Tag(name = "Contacts", description = "People at member organisations (personal data)")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    @Inject
    ContactService contacts;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a contact",
            description = "Admins, or members for their own organisation. Accepts Idempotency-Key.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response createContact(
            @PathParam("organizationId") UUID organizationId,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid ContactRequest body,
            @Context UriInfo uri) {
        return idempotency.createOnce(idempotencyKey, body, () -> {
            ContactView created = contacts.create(organizationId, body);
            return ETags.created(uri, created);
        });
    }

    @GET
    @PermitAll
    @Operation(
            summary = "List an organisation's contacts",
            description =
                    "Names, titles and roles for anyone who can see the organisation; email and phone only for admins and the "
                            + "organisation's own members. q finds contacts by name or title in Chinese, English, pinyin or "
                            + "pinyin initials, and by e-mail address only for those who may see it.")
    public List<ContactView> listContacts(
            @PathParam("organizationId") UUID organizationId,
            @QueryParam("q")
                    @Parameter(
                            description = "zh, en, pinyin or initials, e.g. liyishu or lys",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    String q) {
        return contacts.list(organizationId, Params.text(q, "q", 200));
    }

    @GET
    @Path("/recipients")
    @RolesAllowed(Roles.NOTIFIER)
    @Operation(
            summary = "Where to e-mail an organisation's representatives",
            description = "Its PRIMARY_REPRESENTATIVE and DEPUTY_REPRESENTATIVE contacts that have an address (or only "
                    + "the given role): names, addresses and languages. For notifications-service only (role notifier), "
                    + "which reads them when it sends a membership or agreement reminder and keeps none.")
    @APIResponse(
            responseCode = "200",
            description = "The representatives with an address (an organisation has a handful)",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            maxItems = 200,
                                            implementation = ContactRecipientView.class)))
    public List<ContactRecipientView> listContactRecipients(
            @PathParam("organizationId") UUID organizationId,
            @QueryParam("role") @Parameter(schema = @Schema(implementation = ContactRole.class)) String role) {
        return contacts.recipients(organizationId, Params.enumValue(ContactRole.class, role, "role"));
    }

    @GET
    @Path("/{contactId}")
    @PermitAll
    @Operation(
            summary = "Get a contact",
            description = "email and phone only for admins and the organisation's own members.")
    @APIResponse(
            responseCode = "200",
            description = "The contact",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response getContact(
            @PathParam("organizationId") UUID organizationId, @PathParam("contactId") UUID contactId) {
        ContactView view = contacts.get(organizationId, contactId);
        return ETags.ok(view);
    }

    @PATCH
    @Path("/{contactId}")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Consumes(MediaTypes.MERGE_PATCH_JSON)
    @Operation(
            summary = "Change a contact",
            description =
                    "JSON Merge Patch of ContactRequest; requires If-Match. Admins, or members for their own organisation.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaTypes.MERGE_PATCH_JSON,
                            schema = @Schema(implementation = ContactRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed contact",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response updateContact(
            @PathParam("organizationId") UUID organizationId,
            @PathParam("contactId") UUID contactId,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        ContactView view = contacts.patch(organizationId, contactId, ifMatch, patch);
        return ETags.ok(view);
    }

    @DELETE
    @Path("/{contactId}")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Operation(
            summary = "Remove a contact",
            description =
                    "Requires If-Match. Admins, or members for their own organisation. 409 while the contact holds a committee seat.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteContact(
            @PathParam("organizationId") UUID organizationId,
            @PathParam("contactId") UUID contactId,
            @HeaderParam("If-Match") String ifMatch) {
        contacts.delete(organizationId, contactId, ifMatch);
    }

    @GET
    @Path("/{contactId}/history")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Operation(
            summary = "Change history of a contact",
            description = "Every revision (Hibernate Envers): who, when, which fields changed. "
                    + "Admins, or members for their own organisation.")
    public List<HistoryEntry> getContactHistory(
            @PathParam("organizationId") UUID organizationId, @PathParam("contactId") UUID contactId) {
        return contacts.history(organizationId, contactId);
    }
}
