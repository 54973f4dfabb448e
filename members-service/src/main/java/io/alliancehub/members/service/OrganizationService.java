package io.alliancehub.members.service;

import static io.alliancehub.contracts.codes.MembershipStatus.GRACE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.kit.audit.AuditActor;
import io.alliancehub.kit.history.EnversHistory;
import io.alliancehub.kit.history.HistoryEntry;
import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.security.Caller;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Exports;
import io.alliancehub.kit.web.Filter;
import io.alliancehub.kit.web.Lookup;
import io.alliancehub.kit.web.Page;
import io.alliancehub.kit.web.PageRequest;
import io.alliancehub.kit.web.PatchBinder;
import io.alliancehub.members.config.MembersConfig;
import io.alliancehub.members.domain.MembershipAction;
import io.alliancehub.members.domain.MembershipStateMachine;
import io.alliancehub.members.domain.MembershipTransition;
import io.alliancehub.members.domain.Organization;
import io.alliancehub.members.service.model.MembershipTransitionRequest;
import io.alliancehub.members.service.model.MembershipTransitionView;
import io.alliancehub.members.service.model.OrganizationRequest;
import io.alliancehub.members.service.model.OrganizationView;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Organisation and membership use cases. Decides who may see and change an organisation:
 * anonymous callers and members see the public directory (memberships in good standing) plus,
 * for a member, its own organisation; partners and admins see all. Only admins create
 * organisations, move memberships and change tiers; a member edits its own organisation.
 */
@ApplicationScoped
public class OrganizationService {

    public static final Map<String, String> SORTABLE = Map.of(
            "name",
            "nameZh",
            "nameEn",
            "nameEn",
            "createdAt",
            "createdAt",
            "updatedAt",
            "updatedAt",
            "sector",
            "sector",
            "tier",
            "tier",
            "status",
            "status",
            "city",
            "city",
            "termEnd",
            "termEnd");
    public static final String DEFAULT_SORT = "createdAt,asc";

    @Inject
    Caller caller;

    @Inject
    MembersEvents events;

    @Inject
    ObjectMapper json;

    @Inject
    PatchBinder patches;

    @Inject
    MembersConfig config;

    @Inject
    EnversHistory history;

    @Transactional
    public OrganizationView create(OrganizationRequest request) {
        Organization o = new Organization();
        register(o, request);
        return OrganizationMapper.view(o);
    }

    /** Registers a new organisation (status APPLIED) and its event; shared with the CSV import. */
    void register(Organization o, OrganizationRequest request) {
        ensureCreditCodeFree(request.creditCode(), null);
        OrganizationMapper.apply(request, o);
        OffsetDateTime now = now();
        o.status = MembershipStatus.APPLIED;
        o.createdAt = now;
        o.updatedAt = now;
        o.statusChangedAt = now;
        o.persist();
        o.flush();
        events.registered(o);
    }

    public OrganizationView get(UUID id) {
        return OrganizationMapper.view(visible(id));
    }

    /** Applies an RFC 7386 merge patch to the writable document of an organisation. */
    @Transactional
    public OrganizationView patch(UUID id, String ifMatch, JsonNode patch) {
        Organization o = visible(id);
        caller.requireActsFor(o.id);
        patches.update(
                ifMatch,
                o.version,
                OrganizationMapper.writable(o),
                patch,
                OrganizationRequest.class,
                (request, changed) -> update(o, changed, request));
        return OrganizationMapper.view(o);
    }

    /** Writes a changed document onto an organisation and emits organization.updated; shared with the import. */
    void update(Organization o, List<String> changed, OrganizationRequest request) {
        if (changed.stream().anyMatch(f -> f.startsWith("membership")) && !caller.isAdmin()) {
            throw ApiException.forbidden("only the alliance secretariat changes the membership tier");
        }
        if (changed.contains("creditCode")) {
            ensureCreditCodeFree(request.creditCode(), o.id);
        }
        OrganizationMapper.apply(request, o);
        o.updatedAt = now();
        o.flush();
        events.updated(o, changed);
    }

    @Transactional
    public OrganizationView transition(UUID id, String ifMatch, MembershipTransitionRequest request) {
        Organization o = Organization.<Organization>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("organisation", id));
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, o.version);
        }
        MembershipAction action = MembershipAction.valueOf(request.action().name());
        String actor = caller.actor();
        AuditActor.as(actor, request.reason(), () -> {
            move(o, action, request.reason(), actor, request.termStart(), request.termEnd(), today());
            return null;
        });
        return OrganizationMapper.view(o);
    }

    /** One membership move, recorded and published. Used by the API and by the date-driven sweep. */
    void move(
            Organization o,
            MembershipAction action,
            String reason,
            String actor,
            LocalDate termStart,
            LocalDate termEnd,
            LocalDate today) {
        MembershipStatus from = o.status;
        MembershipStatus to = MembershipStateMachine.next(from, action)
                .orElseThrow(() -> ApiException.illegalTransition(
                        action.name(), from, MembershipStateMachine.allowedActions(from)));
        if (action == MembershipAction.ACTIVATE || action == MembershipAction.RENEW) {
            LocalDate start =
                    termStart != null ? termStart : from == GRACE && o.termEnd != null ? o.termEnd.plusDays(1) : today;
            LocalDate end = termEnd != null
                    ? termEnd
                    : start.plusYears(config.membership().termYears()).minusDays(1);
            if (!end.isAfter(start)) {
                throw ApiException.invalidField("termEnd", "must be after termStart " + start);
            }
            if (end.isBefore(today)) {
                throw ApiException.invalidField("termEnd", "must not be in the past: the term would end at once");
            }
            o.termStart = start;
            o.termEnd = end;
            if (o.joinedOn == null) {
                o.joinedOn = start;
            }
        } else if (termStart != null || termEnd != null) {
            throw ApiException.invalidField("termStart", "only ACTIVATE and RENEW take a term");
        }
        OffsetDateTime now = now();
        o.status = to;
        o.statusChangedAt = now;
        o.updatedAt = now;
        MembershipTransition t = new MembershipTransition();
        t.organizationId = o.id;
        t.fromStatus = from;
        t.toStatus = to;
        t.action = action;
        t.reason = reason;
        t.actor = actor;
        t.occurredAt = now;
        t.termStart = o.termStart;
        t.termEnd = o.termEnd;
        t.persist();
        o.flush();
        events.statusChanged(o, t);
    }

    public List<MembershipTransitionView> transitions(UUID id) {
        Organization o = visible(id);
        caller.requireActsFor(o.id);
        return MembershipTransition.<MembershipTransition>find(
                        "organizationId = ?1", Sort.by("occurredAt").and("id"), id)
                .list()
                .stream()
                .map(t -> new MembershipTransitionView(
                        t.fromStatus, t.toStatus, t.action, t.reason, t.actor, t.occurredAt, t.termStart, t.termEnd))
                .toList();
    }

    public Page<OrganizationView> list(OrganizationQuery query, PageRequest page) {
        PanacheQuery<Organization> found = query(query, page.sort());
        List<OrganizationView> items = found.page(page.page(), page.size()).list().stream()
                .map(OrganizationMapper::view)
                .toList();
        return Page.of(items, page, found.count());
    }

    /**
     * Every organisation matching {@code query} the caller may see, in {@code sort} order, handed to {@code sink} a
     * chunk at a time from a database cursor (a CSV export of any size).
     */
    @Transactional
    public void export(OrganizationQuery query, Sort sort, Consumer<List<OrganizationView>> sink) {
        Exports.inChunks(
                query(query, sort),
                Organization.getEntityManager(),
                chunk ->
                        sink.accept(chunk.stream().map(OrganizationMapper::view).toList()));
    }

    private PanacheQuery<Organization> query(OrganizationQuery q, Sort sort) {
        Filter filter = new Filter()
                .and(searchPredicate(q.q()), "q", q.q() == null ? null : Filter.containsPattern(q.q()))
                .and("sector = :sector", "sector", q.sector())
                .and("tier = :tier", "tier", q.tier())
                .and("status = :status", "status", q.status())
                .and("lower(city) = lower(:city)", "city", q.city())
                .and(
                        "array_contains(fields, :field)",
                        "field",
                        q.field() == null ? null : q.field().name())
                .and("updatedAt >= :updatedSince", "updatedSince", q.updatedSince());
        if (!caller.isAdmin() && !caller.isPartner()) {
            filter.and("(status in :standing or id = :own)")
                    .param("standing", List.of(MembershipStatus.ACTIVE, MembershipStatus.GRACE))
                    .param("own", caller.organizationId().orElse(new UUID(0, 0)));
        }
        return Organization.find(filter.query(), sort, filter.params());
    }

    /**
     * The search condition. A term of three or more characters is served by the trigram index
     * (migration V2). A shorter one (two letters, two Chinese characters) cannot be: it reads the
     * table. It gets a statement of its own, whose predicate no index matches ({@code coalesce} of a
     * non-null column: the same value, no copy), because PostgreSQL caches one generic plan per
     * prepared statement: after some longer terms that plan is the index, and for a two-letter term it
     * then walks the whole index (41 ms against 23 ms for the scan, 27,400 rows, measured here).
     */
    static String searchPredicate(String term) {
        boolean shorterThanTrigram = term != null && term.codePointCount(0, term.length()) < 3;
        return shorterThanTrigram ? "coalesce(searchText, '') like :q escape '\\'" : "searchText like :q escape '\\'";
    }

    /** Envers revisions of an organisation, each with the fields it changed. Admins and the organisation itself. */
    public List<HistoryEntry> history(UUID id) {
        Organization current = visible(id);
        caller.requireActsFor(current.id);
        return history.of(Organization.class, id, this::historyState);
    }

    private JsonNode historyState(Organization snapshot) {
        if (snapshot.tags == null) {
            snapshot.tags = new String[0];
        }
        if (snapshot.fields == null) {
            snapshot.fields = new String[0];
        }
        ObjectNode state = json.valueToTree(OrganizationMapper.writable(snapshot));
        ObjectNode membership = (ObjectNode) state.get("membership");
        membership.put("status", snapshot.status == null ? null : snapshot.status.name());
        membership.set("termStart", json.valueToTree(snapshot.termStart));
        membership.set("termEnd", json.valueToTree(snapshot.termEnd));
        membership.set("joinedOn", json.valueToTree(snapshot.joinedOn));
        return state;
    }

    Organization visible(UUID id) {
        Organization o = Lookup.visible(Organization.findById(id), this::canSee, "organisation", id);
        return o;
    }

    boolean canSee(Organization o) {
        return caller.isAdmin() || caller.isPartner() || caller.actsFor(o.id) || o.status.inGoodStanding();
    }

    private void ensureCreditCodeFree(String creditCode, UUID self) {
        if (creditCode == null) {
            return;
        }
        Organization holder = Organization.find("creditCode", creditCode).firstResult();
        if (holder != null && !holder.id.equals(self)) {
            throw ApiException.conflict(
                    "duplicate-credit-code",
                    "Credit code already registered",
                    // no id: the holder may be an organisation the caller may not see (an applicant, a lapsed member)
                    "another organisation already has credit code " + creditCode);
        }
    }

    LocalDate today() {
        return LocalDate.now(ZoneId.of(config.membership().zone()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
