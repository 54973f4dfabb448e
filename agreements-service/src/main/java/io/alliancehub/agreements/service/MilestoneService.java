package io.alliancehub.agreements.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.alliancehub.agreements.domain.Agreement;
import io.alliancehub.agreements.domain.AgreementStateMachine;
import io.alliancehub.agreements.domain.Milestone;
import io.alliancehub.agreements.domain.MilestoneRules;
import io.alliancehub.agreements.service.model.MilestoneRequest;
import io.alliancehub.agreements.service.model.MilestoneTransitionRequest;
import io.alliancehub.agreements.service.model.MilestoneView;
import io.alliancehub.contracts.codes.MilestoneStatus;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.agreements.MilestoneCompleted;
import io.alliancehub.contracts.events.agreements.MilestoneOverdue;
import io.alliancehub.kit.outbox.Outbox;
import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.security.Caller;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Lookup;
import io.alliancehub.kit.web.PatchBinder;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Milestones of an agreement. Whoever sees the agreement sees them; the secretariat and the parties change them. */
@ApplicationScoped
public class MilestoneService {

    @Inject
    AgreementService agreements;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    PatchBinder patches;

    public List<MilestoneView> list(UUID agreementId) {
        Agreement a = agreements.visible(agreementId);
        return Milestone.<Milestone>list("agreementId", Sort.by("dueOn").and("id"), a.id).stream()
                .map(MilestoneService::view)
                .toList();
    }

    public MilestoneView get(UUID agreementId, UUID milestoneId) {
        Agreement a = agreements.visible(agreementId);
        return view(find(a.id, milestoneId));
    }

    @Transactional
    public MilestoneView create(UUID agreementId, MilestoneRequest request) {
        Agreement a = writable(agreementId);
        Milestone m = new Milestone();
        m.agreementId = a.id;
        m.status = MilestoneStatus.PLANNED;
        m.createdAt = AgreementService.now();
        apply(a, request, m);
        m.persist();
        m.flush();
        return view(m);
    }

    @Transactional
    public MilestoneView patch(UUID agreementId, UUID milestoneId, String ifMatch, JsonNode patch) {
        Agreement a = writable(agreementId);
        Milestone m = find(a.id, milestoneId);
        MilestoneRequest current =
                new MilestoneRequest(LocalizedText.of(m.titleZh, m.titleEn), m.ownerPartyRole, m.dueOn);
        patches.update(ifMatch, m.version, current, patch, MilestoneRequest.class, (request, changed) -> {
            apply(a, request, m);
            // a new due date in the future takes an overdue milestone back to planned
            if (m.status == MilestoneStatus.OVERDUE && !m.dueOn.isBefore(agreements.today())) {
                m.status = MilestoneStatus.PLANNED;
            }
            m.flush();
        });
        return view(m);
    }

    @Transactional
    public MilestoneView transition(
            UUID agreementId, UUID milestoneId, String ifMatch, MilestoneTransitionRequest request) {
        Agreement a = writable(agreementId);
        Milestone m = find(a.id, milestoneId);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, m.version);
        }
        MilestoneStatus to = MilestoneRules.next(m.status, request.action())
                .orElseThrow(
                        () -> ApiException.illegalTransition(request.action().name(), m.status, allowed(m.status)));
        if (request.action() != MilestoneRules.Action.COMPLETE && request.completedOn() != null) {
            throw ApiException.invalidField("completedOn", "only COMPLETE takes completedOn");
        }
        if (request.completedOn() != null && request.completedOn().isAfter(agreements.today())) {
            throw ApiException.invalidField("completedOn", "must not be in the future");
        }
        m.status = to;
        m.updatedAt = AgreementService.now();
        if (to == MilestoneStatus.DONE) {
            m.completedOn = request.completedOn() == null ? agreements.today() : request.completedOn();
            m.flush();
            outbox.publish(
                    a.id,
                    m.id,
                    new MilestoneCompleted(
                            m.id,
                            a.id,
                            LocalizedText.of(m.titleZh, m.titleEn),
                            m.ownerPartyRole,
                            m.dueOn,
                            m.completedOn,
                            caller.actor(),
                            m.updatedAt));
        }
        m.flush();
        return view(m);
    }

    /** The date-driven move to OVERDUE, published. Called by the sweep under a row lock. */
    void markOverdue(Milestone m, LocalDate today) {
        if (!MilestoneRules.isOverdue(m.status, m.dueOn, today)) {
            return;
        }
        MilestoneStatus previous = m.status;
        m.status = MilestoneStatus.OVERDUE;
        m.updatedAt = AgreementService.now();
        m.flush();
        outbox.publish(
                m.agreementId,
                m.id,
                new MilestoneOverdue(
                        m.id,
                        m.agreementId,
                        LocalizedText.of(m.titleZh, m.titleEn),
                        m.ownerPartyRole,
                        m.dueOn,
                        previous,
                        m.updatedAt));
    }

    private void apply(Agreement a, MilestoneRequest r, Milestone m) {
        if (a.parties.stream().noneMatch(p -> p.role() == r.ownerPartyRole())) {
            throw new ApiException(
                    422,
                    "unknown-party-role",
                    "No such party",
                    "the agreement has no party " + r.ownerPartyRole(),
                    List.of(new io.alliancehub.kit.problem.FieldError(
                            "ownerPartyRole", "not a role of this agreement's parties")));
        }
        m.titleZh = r.title().zh();
        m.titleEn = r.title().en();
        m.ownerPartyRole = r.ownerPartyRole();
        m.dueOn = r.dueOn();
        m.updatedAt = AgreementService.now();
    }

    private Agreement writable(UUID agreementId) {
        Agreement a = agreements.visible(agreementId);
        agreements.requireParty(a);
        if (AgreementStateMachine.CLOSED.contains(a.status)) {
            throw ApiException.conflict("agreement-closed", "Agreement closed", "the agreement is " + a.status);
        }
        return a;
    }

    private static Milestone find(UUID agreementId, UUID milestoneId) {
        Milestone m = Lookup.visible(
                Milestone.findById(milestoneId),
                found -> found.agreementId.equals(agreementId),
                "milestone",
                milestoneId);
        return m;
    }

    private static List<MilestoneRules.Action> allowed(MilestoneStatus s) {
        return EnumSet.allOf(MilestoneRules.Action.class).stream()
                .filter(a -> MilestoneRules.next(s, a).isPresent())
                .toList();
    }

    static MilestoneView view(Milestone m) {
        return new MilestoneView(
                m.id,
                m.version,
                m.agreementId,
                LocalizedText.of(m.titleZh, m.titleEn),
                m.ownerPartyRole,
                m.dueOn,
                m.status,
                allowed(m.status),
                m.completedOn);
    }
}
