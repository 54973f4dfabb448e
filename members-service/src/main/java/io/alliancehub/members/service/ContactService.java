package io.alliancehub.members.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alliancehub.kit.history.EnversHistory;
import io.alliancehub.kit.history.HistoryEntry;
import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.security.Caller;
import io.alliancehub.kit.text.SearchText;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Lookup;
import io.alliancehub.kit.web.PatchBinder;
import io.alliancehub.members.domain.CommitteeSeat;
import io.alliancehub.members.domain.Contact;
import io.alliancehub.members.domain.ContactRole;
import io.alliancehub.members.domain.Organization;
import io.alliancehub.members.service.model.ContactRecipientView;
import io.alliancehub.members.service.model.ContactRequest;
import io.alliancehub.members.service.model.ContactView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Contacts of an organisation. Anyone who can see the organisation sees its contacts' names,
 * titles and roles; email and phone are personal data, shown only to admins and the
 * organisation's own representatives, who are also the only ones who may change contacts.
 */
@ApplicationScoped
public class ContactService {

    @Inject
    OrganizationService organizations;

    @Inject
    Caller caller;

    @Inject
    PatchBinder patches;

    @Inject
    EnversHistory history;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional
    public ContactView create(UUID organizationId, ContactRequest request) {
        Organization o = organizations.visible(organizationId);
        caller.requireActsFor(o.id);
        Contact c = new Contact();
        c.organizationId = o.id;
        apply(request, c);
        c.createdAt = c.updatedAt;
        c.persist();
        c.flush();
        return view(c);
    }

    public List<ContactView> list(UUID organizationId, String q) {
        Organization o = organizations.visible(organizationId);
        // e-mail addresses are matched only for those who may see them
        boolean personal = caller.actsFor(o.id);
        return Contact.<Contact>find("organizationId", Sort.by("createdAt").and("id"), o.id).list().stream()
                .filter(c -> SearchText.matches(q, c.nameZh, c.nameEn, c.titleZh, c.titleEn, personal ? c.email : null))
                .map(this::view)
                .toList();
    }

    public ContactView get(UUID organizationId, UUID contactId) {
        return view(find(organizationId, contactId));
    }

    @Transactional
    public ContactView patch(UUID organizationId, UUID contactId, String ifMatch, JsonNode patch) {
        Contact c = find(organizationId, contactId);
        caller.requireActsFor(c.organizationId);
        patches.update(ifMatch, c.version, writable(c), patch, ContactRequest.class, (request, changed) -> {
            apply(request, c);
            c.flush();
        });
        return view(c);
    }

    @Transactional
    public void delete(UUID organizationId, UUID contactId, String ifMatch) {
        Contact c = find(organizationId, contactId);
        caller.requireActsFor(c.organizationId);
        ETags.requireMatch(ifMatch, c.version);
        if (CommitteeSeat.count("contactId", c.id) > 0) {
            throw ApiException.conflict(
                    "contact-holds-seat",
                    "Contact holds a committee seat",
                    "remove the contact's committee seats first");
        }
        c.delete();
        // the right to erasure: the history keeps that the contact existed and who removed it (its revisions),
        // not how to reach the person
        em.createNativeQuery("update contact_aud set email = null, phone = null where id = ?1")
                .setParameter(1, c.id)
                .executeUpdate();
    }

    /** Envers revisions of a contact: admins and the organisation's own members (who see its e-mail and phone anyway). */
    public List<HistoryEntry> history(UUID organizationId, UUID contactId) {
        Contact c = find(organizationId, contactId);
        caller.requireActsFor(c.organizationId);
        return history.of(Contact.class, c.id, snapshot -> json.valueToTree(writable(snapshot)));
    }

    private Contact find(UUID organizationId, UUID contactId) {
        Organization o = organizations.visible(organizationId);
        Contact c = Lookup.visible(
                Contact.findById(contactId), found -> found.organizationId.equals(o.id), "contact", contactId);
        return c;
    }

    private static ContactRequest writable(Contact c) {
        return new ContactRequest(
                OrganizationMapper.text(c.nameZh, c.nameEn),
                OrganizationMapper.text(c.titleZh, c.titleEn),
                c.role,
                c.email,
                c.phone,
                c.language);
    }

    private static void apply(ContactRequest r, Contact c) {
        c.nameZh = r.name().zh();
        c.nameEn = r.name().en();
        c.titleZh = r.title() == null ? null : r.title().zh();
        c.titleEn = r.title() == null ? null : r.title().en();
        c.role = r.role();
        c.email = r.email();
        c.phone = r.phone();
        c.language = r.language() == null ? "zh" : r.language();
        c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The roles that represent an organisation: they receive its membership and agreement reminders. */
    public static final java.util.List<ContactRole> REPRESENTATIVES =
            java.util.List.of(ContactRole.PRIMARY_REPRESENTATIVE, ContactRole.DEPUTY_REPRESENTATIVE);

    /**
     * An organisation's representatives with an address, for notifications-service (role notifier) at the moment it
     * sends them an e-mail; only {@code role} when given.
     */
    public java.util.List<ContactRecipientView> recipients(UUID organizationId, ContactRole role) {
        java.util.List<ContactRole> roles = role == null ? REPRESENTATIVES : java.util.List.of(role);
        return Contact.<Contact>list(
                        "organizationId = ?1 and role in ?2 and email is not null order by createdAt, id",
                        organizationId,
                        roles)
                .stream()
                .limit(200)
                .map(c -> new ContactRecipientView(
                        c.id, OrganizationMapper.text(c.nameZh, c.nameEn), c.email, c.language, c.role))
                .toList();
    }

    /** The caller's view: personal data only for admins and the contact's own organisation. */
    ContactView view(Contact c) {
        boolean personal = caller.actsFor(c.organizationId);
        return new ContactView(
                c.id,
                c.version,
                c.organizationId,
                OrganizationMapper.text(c.nameZh, c.nameEn),
                OrganizationMapper.text(c.titleZh, c.titleEn),
                c.role,
                personal ? c.email : null,
                personal ? c.phone : null,
                c.language,
                c.createdAt,
                c.updatedAt);
    }
}
