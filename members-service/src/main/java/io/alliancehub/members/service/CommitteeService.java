package io.alliancehub.members.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alliancehub.kit.history.EnversHistory;
import io.alliancehub.kit.history.HistoryEntry;
import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Filter;
import io.alliancehub.kit.web.Lookup;
import io.alliancehub.kit.web.Page;
import io.alliancehub.kit.web.PageRequest;
import io.alliancehub.kit.web.PatchBinder;
import io.alliancehub.members.domain.Committee;
import io.alliancehub.members.domain.CommitteeKind;
import io.alliancehub.members.domain.CommitteeSeat;
import io.alliancehub.members.domain.Contact;
import io.alliancehub.members.domain.Organization;
import io.alliancehub.members.service.model.CommitteeRequest;
import io.alliancehub.members.service.model.CommitteeView;
import io.alliancehub.members.service.model.SeatRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Committees and their seats: public to read, changed by the secretariat (admin). */
@ApplicationScoped
public class CommitteeService {

    @Inject
    EnversHistory history;

    @Inject
    ObjectMapper json;

    public static final Map<String, String> SORTABLE = Map.of(
            "name", "nameZh", "nameEn", "nameEn", "kind", "kind", "createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    PatchBinder patches;

    @Transactional
    public CommitteeView create(CommitteeRequest request) {
        Committee c = new Committee();
        apply(request, c);
        c.createdAt = c.updatedAt;
        c.persist();
        c.flush();
        return view(c);
    }

    public Page<CommitteeView> list(CommitteeKind kind, OffsetDateTime updatedSince, PageRequest page) {
        Filter filter = new Filter()
                .and("kind = :kind", "kind", kind)
                .and("updatedAt >= :updatedSince", "updatedSince", updatedSince);
        PanacheQuery<Committee> found = Committee.find(filter.query(), page.sort(), filter.params());
        return Page.of(
                found.page(page.page(), page.size()).list().stream()
                        .map(this::view)
                        .toList(),
                page,
                found.count());
    }

    /** Envers revisions of a committee's own fields (seats are listed with the committee). Admins only. */
    public List<HistoryEntry> history(UUID id) {
        Committee c = find(id);
        return history.of(Committee.class, c.id, snapshot -> json.valueToTree(writable(snapshot)));
    }

    public CommitteeView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public CommitteeView patch(UUID id, String ifMatch, JsonNode patch) {
        Committee c = find(id);
        patches.update(ifMatch, c.version, writable(c), patch, CommitteeRequest.class, (request, changed) -> {
            apply(request, c);
            c.flush();
        });
        return view(c);
    }

    /** Adds a seat; bumps the committee's version, since its seat list is part of it. */
    @Transactional
    public CommitteeView addSeat(UUID committeeId, SeatRequest request) {
        Committee c = find(committeeId);
        if (Organization.findById(request.organizationId()) == null) {
            throw ApiException.unprocessable(
                    "unknown-organization",
                    "Unknown organisation",
                    "organisation " + request.organizationId() + " does not exist");
        }
        if (request.contactId() != null) {
            Contact contact = Contact.findById(request.contactId());
            if (contact == null || !contact.organizationId.equals(request.organizationId())) {
                throw ApiException.unprocessable(
                        "unknown-contact",
                        "Unknown contact",
                        "contact " + request.contactId() + " is not a contact of organisation "
                                + request.organizationId());
            }
        }
        if (request.termStart() != null
                && request.termEnd() != null
                && request.termEnd().isBefore(request.termStart())) {
            throw ApiException.invalidField("termEnd", "must not be before termStart");
        }
        CommitteeSeat seat = new CommitteeSeat();
        seat.committeeId = c.id;
        seat.organizationId = request.organizationId();
        seat.contactId = request.contactId();
        seat.role = request.role();
        seat.termStart = request.termStart();
        seat.termEnd = request.termEnd();
        seat.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        seat.persist();
        c.updatedAt = seat.createdAt;
        c.flush();
        return view(c);
    }

    @Transactional
    public CommitteeView removeSeat(UUID committeeId, UUID seatId, String ifMatch) {
        Committee c = find(committeeId);
        ETags.requireMatch(ifMatch, c.version);
        CommitteeSeat seat =
                Lookup.visible(CommitteeSeat.findById(seatId), found -> found.committeeId.equals(c.id), "seat", seatId);
        seat.delete();
        c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.flush();
        return view(c);
    }

    private Committee find(UUID id) {
        Committee c = Lookup.existing(Committee.findById(id), "committee", id);
        return c;
    }

    private static CommitteeRequest writable(Committee c) {
        return new CommitteeRequest(
                OrganizationMapper.text(c.nameZh, c.nameEn),
                c.kind,
                OrganizationMapper.text(c.descriptionZh, c.descriptionEn));
    }

    private static void apply(CommitteeRequest r, Committee c) {
        c.nameZh = r.name().zh();
        c.nameEn = r.name().en();
        c.kind = r.kind();
        c.descriptionZh = r.description() == null ? null : r.description().zh();
        c.descriptionEn = r.description() == null ? null : r.description().en();
        c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private CommitteeView view(Committee c) {
        List<CommitteeView.Seat> seats =
                CommitteeSeat.<CommitteeSeat>find("committeeId", Sort.by("role").and("createdAt"), c.id).list().stream()
                        .map(s -> {
                            Organization o = Organization.findById(s.organizationId);
                            Contact contact = s.contactId == null ? null : Contact.findById(s.contactId);
                            return new CommitteeView.Seat(
                                    s.id,
                                    s.organizationId,
                                    OrganizationMapper.text(o.nameZh, o.nameEn),
                                    s.contactId,
                                    contact == null ? null : OrganizationMapper.text(contact.nameZh, contact.nameEn),
                                    s.role,
                                    s.termStart,
                                    s.termEnd);
                        })
                        .toList();
        return new CommitteeView(
                c.id,
                c.version,
                OrganizationMapper.text(c.nameZh, c.nameEn),
                c.kind,
                OrganizationMapper.text(c.descriptionZh, c.descriptionEn),
                seats,
                c.createdAt,
                c.updatedAt);
    }
}
