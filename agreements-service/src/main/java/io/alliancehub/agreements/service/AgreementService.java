package io.alliancehub.agreements.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alliancehub.agreements.config.AgreementsConfig;
import io.alliancehub.agreements.domain.Agreement;
import io.alliancehub.agreements.domain.AgreementAction;
import io.alliancehub.agreements.domain.AgreementStateMachine;
import io.alliancehub.agreements.domain.PartyEntry;
import io.alliancehub.agreements.domain.Signing;
import io.alliancehub.agreements.service.model.AgreementRequest;
import io.alliancehub.agreements.service.model.AgreementView;
import io.alliancehub.agreements.service.model.AmendmentRequest;
import io.alliancehub.agreements.service.model.TransitionRequest;
import io.alliancehub.contracts.access.AgreementAccess;
import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.codes.PartyStanding;
import io.alliancehub.kit.audit.AuditActor;
import io.alliancehub.kit.history.EnversHistory;
import io.alliancehub.kit.history.HistoryEntry;
import io.alliancehub.kit.outbox.Outbox;
import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.problem.FieldError;
import io.alliancehub.kit.replica.OrganizationReplica;
import io.alliancehub.kit.replica.ReplicatedOrganization;
import io.alliancehub.kit.security.Caller;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Exports;
import io.alliancehub.kit.web.Filter;
import io.alliancehub.kit.web.Lookup;
import io.alliancehub.kit.web.MergePatch;
import io.alliancehub.kit.web.Page;
import io.alliancehub.kit.web.PageRequest;
import io.alliancehub.kit.web.PatchBinder;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Agreement use cases and who may do what. The secretariat (admin) acts on every agreement; a
 * member organisation drafts, changes and moves agreements it is a party to; partners read.
 * Visibility: parties and admins see an agreement in every state; others only from signing on,
 * and then PUBLIC ones anonymously, MEMBERS ones with a member or partner token, PARTIES ones not
 * at all (404: no hint that it exists).
 */
@ApplicationScoped
public class AgreementService {

    public static final Map<String, String> SORTABLE = Map.of(
            "referenceNumber",
            "referenceNumber",
            "title",
            "titleZh",
            "titleEn",
            "titleEn",
            "effectiveFrom",
            "effectiveFrom",
            "effectiveTo",
            "effectiveTo",
            "signedOn",
            "signedOn",
            "status",
            "status",
            "createdAt",
            "createdAt",
            "updatedAt",
            "updatedAt");
    public static final String DEFAULT_SORT = "createdAt,asc";

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    OrganizationReplica organizations;

    @Inject
    PatchBinder patches;

    @Inject
    ObjectMapper json;

    @Inject
    EnversHistory history;

    @Inject
    AgreementsConfig config;

    @Transactional
    public AgreementView create(AgreementRequest request) {
        Agreement a = new Agreement();
        validate(request, a);
        requireOwnOrganisationAmong(request);
        requireOwnSignatories(request, a);
        AgreementMapper.apply(request, a);
        refreshStanding(a);
        OffsetDateTime now = now();
        a.status = AgreementStatus.DRAFT;
        a.statusChangedAt = now;
        a.createdAt = now;
        a.updatedAt = now;
        a.persist();
        a.flush();
        outbox.publish(a.id, AgreementMapper.drafted(a, caller.actor(), now));
        return view(a);
    }

    public AgreementView get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    public AgreementView patch(UUID id, String ifMatch, JsonNode patch) {
        Agreement a = visible(id);
        requireParty(a);
        if (!AgreementStateMachine.EDITABLE.contains(a.status)) {
            throw ApiException.conflict(
                    "agreement-signed",
                    "Signed agreements do not change",
                    "the agreement is " + a.status
                            + "; its text is frozen once signed: POST …/amendments to change it");
        }
        patches.update(
                ifMatch, a.version, AgreementMapper.writable(a), patch, AgreementRequest.class, (request, changed) -> {
                    validate(request, a);
                    requireOwnOrganisationAmong(request);
                    requireOwnSignatories(request, a);
                    // the parties signed the text as it was: a change voids their signatures (signing.voidedNote says
                    // so)
                    Signing.textChanged(a, now());
                    AgreementMapper.apply(request, a);
                    refreshStanding(a);
                    a.updatedAt = now();
                    a.flush();
                });
        return view(a);
    }

    @Transactional
    public AgreementView transition(UUID id, String ifMatch, TransitionRequest request) {
        Agreement a = visible(id);
        requireParty(a);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, a.version);
        }
        if (request.action() == AgreementAction.EXPIRE) {
            throw ApiException.invalidField("action", "EXPIRE happens by itself the day after effectiveTo");
        }
        String actor = caller.actor();
        AuditActor.as(actor, request.reason(), () -> {
            move(a, request.action(), request, actor);
            return null;
        });
        return view(a);
    }

    /** One lifecycle move, checked and published. Used by the API and the date-driven sweep. */
    void move(Agreement a, AgreementAction action, TransitionRequest request, String actor) {
        AgreementStatus from = a.status;
        AgreementStatus to = AgreementStateMachine.next(from, action)
                .orElseThrow(() -> ApiException.illegalTransition(
                        action.name(), from, AgreementStateMachine.allowedActions(from)));
        OffsetDateTime now = now();
        switch (action) {
            case RETURN_TO_DRAFT -> Signing.voidAll(a, "returned to draft by " + actor, now);
            case ACTIVATE -> a.activatedBy = actor;
            case COMPLETE -> a.completedBy = actor;
            case TERMINATE -> {
                a.terminatedBy = actor;
                a.terminationReason = request == null ? null : request.reason();
            }
            default -> {
                // the other moves change the status only
            }
        }
        a.status = to;
        a.statusChangedAt = now;
        a.updatedAt = now;
        a.flush();
        switch (action) {
            case ACTIVATE -> outbox.publish(a.id, AgreementMapper.activated(a, actor, now));
            case COMPLETE -> outbox.publish(a.id, AgreementMapper.completed(a, actor, now));
            case TERMINATE -> outbox.publish(a.id, AgreementMapper.terminated(a, actor, now));
            case EXPIRE -> outbox.publish(a.id, AgreementMapper.expired(a, now));
            default -> {
                // review and negotiation steps are the parties' own business: history records them
            }
        }
    }

    /** An amendment: a new DRAFT agreement holding the original's text with the changes applied, linked to it. */
    @Transactional
    public AgreementView amend(UUID id, AmendmentRequest request) {
        Agreement original = visible(id);
        requireParty(original);
        if (!AgreementStateMachine.IN_FORCE.contains(original.status)) {
            throw ApiException.conflict(
                    "not-amendable",
                    "Only agreements in force are amended",
                    "the agreement is " + original.status
                            + (AgreementStateMachine.EDITABLE.contains(original.status)
                                    ? "; before signing, change it with PATCH"
                                    : ""));
        }
        int number = Agreement.<Agreement>find("amendsId", original.id).list().stream()
                        .mapToInt(x -> x.amendmentNumber)
                        .max()
                        .orElse(0)
                + 1;
        ObjectNode base = json.valueToTree(AgreementMapper.writable(original));
        base.put("referenceNumber", original.referenceNumber + "-A" + number);
        if (!request.changes().isObject()) {
            throw ApiException.invalidField(
                    "changes", "must be a JSON object: a merge patch of the agreement document");
        }
        AgreementRequest text = patches.bind(MergePatch.apply(base, request.changes()), AgreementRequest.class);
        Agreement a = new Agreement();
        validate(text, a);
        AgreementMapper.apply(text, a);
        refreshStanding(a);
        OffsetDateTime now = now();
        a.amendsId = original.id;
        a.amendmentNumber = number;
        a.summaryZh = request.summary().zh();
        a.summaryEn = request.summary().en();
        a.status = AgreementStatus.DRAFT;
        a.statusChangedAt = now;
        a.createdAt = now;
        a.updatedAt = now;
        a.persist();
        a.flush();
        outbox.publish(a.id, AgreementMapper.amended(a, caller.actor(), now));
        return view(a);
    }

    public List<AgreementView> amendments(UUID id) {
        Agreement original = visible(id);
        return Agreement.<Agreement>list("amendsId", Sort.by("amendmentNumber"), original.id).stream()
                .filter(this::canSee)
                .map(this::view)
                .toList();
    }

    public Page<AgreementView> list(AgreementQuery q, PageRequest page) {
        PanacheQuery<Agreement> found = query(q, page.sort());
        List<Agreement> items = found.page(page.page(), page.size()).list();
        Map<UUID, ReplicatedOrganization> names = names(items);
        return Page.of(items.stream().map(a -> AgreementMapper.view(a, names)).toList(), page, found.count());
    }

    /**
     * Every agreement matching {@code q} the caller may see, in {@code sort} order, handed to {@code sink} a chunk at a
     * time from a database cursor (a CSV export of any size); the parties' names are looked up per chunk.
     */
    @Transactional
    public void export(AgreementQuery q, Sort sort, Consumer<List<AgreementView>> sink) {
        Exports.inChunks(query(q, sort), Agreement.getEntityManager(), chunk -> {
            Map<UUID, ReplicatedOrganization> names = names(chunk);
            sink.accept(chunk.stream().map(a -> AgreementMapper.view(a, names)).toList());
        });
    }

    private PanacheQuery<Agreement> query(AgreementQuery q, Sort sort) {
        Filter filter = new Filter()
                .and("searchText like :q escape '\\'", "q", q.q() == null ? null : Filter.containsPattern(q.q()))
                .and("array_contains(partyOrganizations, :party)", "party", q.party())
                .and("type = :type", "type", q.type())
                .and("status = :status", "status", q.status())
                .and(
                        "array_contains(fields, :field)",
                        "field",
                        q.field() == null ? null : q.field().name())
                .and("signedAtEventId = :event", "event", q.signedAtEvent())
                .and("visibility = :visibility", "visibility", q.visibility())
                .and("amendsId = :amendsId", "amendsId", q.amendsId())
                .and("updatedAt >= :updatedSince", "updatedSince", q.updatedSince());
        if (q.expiringBefore() != null) {
            filter.and("effectiveTo <= :expiringBefore and status in :inForce")
                    .param("expiringBefore", q.expiringBefore())
                    .param("inForce", AgreementStateMachine.IN_FORCE);
        }
        if (!caller.isAdmin()) {
            List<AgreementVisibility> open = caller.isMember() || caller.isPartner()
                    ? List.of(AgreementVisibility.PUBLIC, AgreementVisibility.MEMBERS)
                    : List.of(AgreementVisibility.PUBLIC);
            filter.and(
                            "((status not in :unpublished and visibility in :open) or array_contains(partyOrganizations, :own))")
                    .param("unpublished", AgreementAccess.UNPUBLISHED)
                    .param("open", open)
                    .param("own", caller.isMember() ? caller.organizationId().orElse(new UUID(0, 0)) : new UUID(0, 0));
        }
        return Agreement.find(filter.query(), sort, filter.params());
    }

    /** Envers revisions of an agreement: admins and its parties. */
    public List<HistoryEntry> history(UUID id) {
        Agreement a = visible(id);
        requireParty(a);
        return history.of(Agreement.class, id, snapshot -> {
            if (snapshot.parties == null) {
                snapshot.parties = List.of();
            }
            if (snapshot.deliverables == null) {
                snapshot.deliverables = List.of();
            }
            ObjectNode doc = json.valueToTree(AgreementMapper.writable(snapshot));
            doc.put("status", snapshot.status == null ? null : snapshot.status.name());
            doc.set("signedOn", json.valueToTree(snapshot.signedOn));
            // each party's signature or refusal, keyed by role (a repeated witness or guarantor counts up), so that
            // the history shows every signature as its own change
            ObjectNode signing = doc.putObject("signatures");
            Map<Object, Integer> seen = new java.util.HashMap<>();
            for (PartyEntry p : snapshot.parties) {
                int n = seen.merge(p.role(), 1, Integer::sum);
                String key = n == 1 ? p.role().name() : p.role().name() + " " + n;
                if (p.signature() != null) {
                    ObjectNode sig = signing.putObject(key);
                    sig.put("signedOn", p.signature().signedOn().toString());
                    sig.put("recordedBy", p.signature().recordedBy());
                    if (p.signature().onBehalfReason() != null) {
                        sig.put("onBehalfReason", p.signature().onBehalfReason());
                    }
                } else if (p.declined() != null) {
                    signing.putObject(key).put("declined", p.declined().reason());
                }
            }
            return doc;
        });
    }

    public Agreement visible(UUID id) {
        Agreement a = Lookup.visible(Agreement.findById(id), this::canSee, "agreement", id);
        return a;
    }

    boolean canSee(Agreement a) {
        AgreementAccess.Reader reader = caller.isAdmin()
                ? AgreementAccess.Reader.ADMIN
                : caller.isMember()
                        ? AgreementAccess.Reader.MEMBER
                        : caller.isPartner() ? AgreementAccess.Reader.PARTNER : AgreementAccess.Reader.ANONYMOUS;
        return AgreementAccess.readable(a.status, a.visibility, reader, isParty(a));
    }

    /** A member token whose organisation is among the parties (a partner system's org claim does not make it a party). */
    boolean isParty(Agreement a) {
        if (!caller.isMember()) {
            return false;
        }
        UUID own = caller.organizationId().orElse(null);
        return own != null && Arrays.asList(a.partyOrganizations).contains(own);
    }

    /** Changes are the secretariat's and the parties' own. */
    void requireParty(Agreement a) {
        if (!caller.isAdmin() && !(caller.isMember() && isParty(a))) {
            throw ApiException.forbidden(
                    "only the alliance secretariat and the agreement's member parties may change it");
        }
    }

    private void requireOwnOrganisationAmong(AgreementRequest r) {
        if (caller.isAdmin()) {
            return;
        }
        UUID own = caller.organizationId().orElse(null);
        if (own == null || r.parties().stream().noneMatch(p -> own.equals(p.organizationId()))) {
            throw ApiException.forbidden("a member records only agreements its own organisation is a party to");
        }
    }

    /**
     * Each member party lists its own signatories: a member may write those of its own party and of
     * outside parties, but another member party's list stays as that party left it (empty at first).
     */
    private void requireOwnSignatories(AgreementRequest r, Agreement stored) {
        if (caller.isAdmin()) {
            return;
        }
        UUID own = caller.organizationId().orElse(null);
        for (int i = 0; i < r.parties().size(); i++) {
            AgreementRequest.PartyRequest p = r.parties().get(i);
            if (p.organizationId() == null || p.organizationId().equals(own)) {
                continue;
            }
            List<AgreementRequest.SignatoryRequest> theirs = stored.parties.stream()
                    .filter(old -> p.organizationId().equals(old.organizationId()))
                    .findFirst()
                    .map(AgreementMapper::signatories)
                    .orElse(List.of());
            List<AgreementRequest.SignatoryRequest> given = p.signatories() == null ? List.of() : p.signatories();
            if (!given.equals(theirs)) {
                throw ApiException.forbidden("parties[" + i + "].signatories: a member party lists its own signatories;"
                        + " organisation " + p.organizationId() + " names its own");
            }
        }
    }

    /**
     * What bean validation cannot check: one of id or name per party, each principal role once (two at
     * least; witnesses and guarantors may repeat), each member once, known members, the period.
     */
    private void validate(AgreementRequest r, Agreement self) {
        List<FieldError> errors = new ArrayList<>();
        Set<Object> roles = new HashSet<>();
        Set<UUID> members = new HashSet<>();
        Map<String, UUID> toCheck = new LinkedHashMap<>();
        for (int i = 0; i < r.parties().size(); i++) {
            AgreementRequest.PartyRequest p = r.parties().get(i);
            String at = "parties[" + i + "]";
            if (p.organizationId() == null && (p.name() == null || !p.name().hasText())) {
                errors.add(
                        new FieldError(at, "give organizationId (a member organisation) or name (an outside party)"));
            }
            if (p.organizationId() != null && p.name() != null) {
                errors.add(new FieldError(
                        at + ".name",
                        "a member party is named by members-service: give organizationId or name, not both"));
            }
            if (p.role() != null && p.role().isPrincipal() && !roles.add(p.role())) {
                errors.add(new FieldError(at + ".role", p.role() + " appears twice"));
            }
            if (p.organizationId() != null) {
                if (!members.add(p.organizationId())) {
                    errors.add(new FieldError(at + ".organizationId", "the same organisation appears twice"));
                }
                toCheck.put(at + ".organizationId", p.organizationId());
            }
        }
        if (roles.size() < 2) {
            errors.add(
                    new FieldError(
                            "parties",
                            "needs at least two principal parties (PARTY_A 甲方, PARTY_B 乙方, …); witnesses and guarantors come on top"));
        }
        if (r.effectiveFrom() != null
                && r.effectiveTo() != null
                && r.effectiveTo().isBefore(r.effectiveFrom())) {
            errors.add(new FieldError("effectiveTo", "must not be before effectiveFrom"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        Agreement holder =
                Agreement.find("referenceNumber", r.referenceNumber()).firstResult();
        if (holder != null && !holder.id.equals(self.id)) {
            throw ApiException.conflict(
                    "duplicate-reference-number",
                    "Reference number taken",
                    // no id: the holder may be an agreement the caller may not see
                    "another agreement already has reference number " + r.referenceNumber());
        }
        organizations.requireKnown(toCheck);
    }

    /**
     * Member parties' standing as the replica shows it now (later changes arrive through
     * PartyStandingService), and the search text with their names.
     */
    private void refreshStanding(Agreement a) {
        Map<UUID, ReplicatedOrganization> known = organizations.known(Arrays.asList(a.partyOrganizations));
        a.searchText = AgreementMapper.searchText(a, known);
        a.parties = a.parties.stream()
                .map(p -> p.organizationId() == null
                        ? p
                        : p.withStanding(PartyStanding.of(OrganizationReplica.statusOf(known.get(p.organizationId())))))
                .toList();
    }

    AgreementView view(Agreement a) {
        return AgreementMapper.view(a, organizations.known(Arrays.asList(a.partyOrganizations)));
    }

    private Map<UUID, ReplicatedOrganization> names(List<Agreement> agreements) {
        return organizations.known(agreements.stream()
                .flatMap(a -> Arrays.stream(a.partyOrganizations))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    }

    LocalDate today() {
        return LocalDate.now(ZoneId.of(config.zone()));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
