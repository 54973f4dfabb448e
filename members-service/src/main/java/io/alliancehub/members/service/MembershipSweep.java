package io.alliancehub.members.service;

import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.kit.audit.AuditActor;
import io.alliancehub.members.config.MembersConfig;
import io.alliancehub.members.domain.MembershipAction;
import io.alliancehub.members.domain.Organization;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The date-driven membership moves: ACTIVE → GRACE when the term has ended, GRACE → LAPSED when
 * the grace period has passed. Safe with several replicas: each batch locks its rows with
 * {@code FOR UPDATE SKIP LOCKED}, so two replicas never move the same membership, and a move
 * re-checks the state machine, so a replayed sweep changes nothing.
 */
@ApplicationScoped
public class MembershipSweep {

    private static final Logger LOG = Logger.getLogger(MembershipSweep.class);
    static final String ACTOR = "system:membership-sweep";
    private static final int BATCH = 200;

    @Inject
    OrganizationService organizations;

    @Inject
    MembersConfig config;

    @Inject
    EntityManager em;

    @Scheduled(
            every = "${members.membership.sweep-every}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int moved = sweep(organizations.today());
        if (moved > 0) {
            LOG.infof("membership sweep moved %d memberships", moved);
        }
    }

    /** Runs the sweep for a given day; returns how many memberships moved. */
    public int sweep(LocalDate today) {
        int moved = 0;
        int batch;
        do {
            batch = moveBatch(MembershipStatus.ACTIVE, today, MembershipAction.ENTER_GRACE, today);
            moved += batch;
        } while (batch == BATCH);
        LocalDate graceCutoff = today.minusDays(config.membership().gracePeriodDays());
        do {
            batch = moveBatch(MembershipStatus.GRACE, graceCutoff, MembershipAction.LAPSE, today);
            moved += batch;
        } while (batch == BATCH);
        return moved;
    }

    @Transactional
    int moveBatch(MembershipStatus status, LocalDate endedBefore, MembershipAction action, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select id from organization where membership_status = ?1 and term_end < ?2
                order by term_end limit ?3 for update skip locked""", UUID.class)
                .setParameter(1, status.name())
                .setParameter(2, endedBefore)
                .setParameter(3, BATCH)
                .getResultList();
        for (UUID id : ids) {
            Organization o = Organization.findById(id);
            String reason = action == MembershipAction.ENTER_GRACE
                    ? "term ended on " + o.termEnd
                    : "grace period of " + config.membership().gracePeriodDays() + " days after " + o.termEnd
                            + " passed without renewal";
            AuditActor.as(ACTOR, reason, () -> {
                organizations.move(o, action, reason, ACTOR, null, null, today);
                return null;
            });
        }
        return ids.size();
    }
}
