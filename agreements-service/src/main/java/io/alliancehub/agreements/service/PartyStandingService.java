package io.alliancehub.agreements.service;

import io.alliancehub.agreements.domain.Agreement;
import io.alliancehub.agreements.domain.AgreementStateMachine;
import io.alliancehub.agreements.domain.PartyEntry;
import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.PartyStanding;
import io.alliancehub.contracts.events.agreements.PartyStandingChanged;
import io.alliancehub.kit.audit.AuditActor;
import io.alliancehub.kit.outbox.Outbox;
import io.alliancehub.kit.replica.OrganizationReplica.MembershipChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps each live agreement's view of its member parties' standing: when a party's membership
 * ends (or is suspended) its live agreements are flagged MEMBERSHIP_ENDED, and GOOD again when it
 * is restored, each change published as agreement.party-standing-changed. Runs in the inbox
 * transaction of the members event that caused it.
 */
@ApplicationScoped
public class PartyStandingService {

    static final String ACTOR = "system:party-standing";
    /** Agreements whose parties' standing still matters: everything not yet closed. */
    private static final Set<AgreementStatus> LIVE = EnumSet.complementOf(EnumSet.copyOf(AgreementStateMachine.CLOSED));

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void membershipChanged(MembershipChange change) {
        PartyStanding standing = PartyStanding.of(change.newStatus());
        // nothing to look up (the lookup was a quarter of this consumer's CPU under a burst of registrations):
        // an organisation the replica had not seen cannot be a party yet (agreements name known organisations
        // only), and a change within one standing (APPLIED to ACTIVE, LAPSED to WITHDRAWN) leaves every entry as is
        if (change.oldStatus() == null || PartyStanding.of(change.oldStatus()) == standing) {
            return;
        }
        List<Agreement> affected = Agreement.list(
                "array_contains(partyOrganizations, ?1) and status in ?2", change.organizationId(), LIVE);
        if (affected.isEmpty()) {
            return;
        }
        AuditActor.as(ACTOR, "membership of " + change.organizationId() + " is " + change.newStatus(), () -> {
            OffsetDateTime now = AgreementService.now();
            for (Agreement a : affected) {
                List<PartyEntry> parties = new ArrayList<>(a.parties);
                for (int i = 0; i < parties.size(); i++) {
                    PartyEntry p = parties.get(i);
                    if (change.organizationId().equals(p.organizationId()) && p.standing() != standing) {
                        parties.set(i, p.withStanding(standing));
                        outbox.publish(
                                a.id,
                                new PartyStandingChanged(
                                        a.id,
                                        change.organizationId(),
                                        p.role(),
                                        p.standing(),
                                        standing,
                                        change.newStatus(),
                                        now));
                    }
                }
                if (!parties.equals(a.parties)) {
                    a.parties = parties;
                    a.updatedAt = now;
                }
            }
            return null;
        });
    }
}
