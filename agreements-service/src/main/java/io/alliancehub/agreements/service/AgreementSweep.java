package io.alliancehub.agreements.service;

import io.alliancehub.agreements.config.AgreementsConfig;
import io.alliancehub.agreements.domain.Agreement;
import io.alliancehub.agreements.domain.AgreementAction;
import io.alliancehub.agreements.domain.Milestone;
import io.alliancehub.kit.audit.AuditActor;
import io.alliancehub.kit.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The date-driven moves: SIGNED → ACTIVE when effectiveFrom arrives; agreement.expiring once,
 * the configured number of days before effectiveTo; SIGNED/ACTIVE → EXPIRED the day after
 * effectiveTo; open milestones past their due date → OVERDUE. Safe with several replicas: each
 * batch locks its rows with {@code FOR UPDATE SKIP LOCKED}, and every move re-checks its rule.
 */
@ApplicationScoped
public class AgreementSweep {

    private static final Logger LOG = Logger.getLogger(AgreementSweep.class);
    static final String ACTOR = "system:agreement-sweep";
    private static final int BATCH = 200;

    @Inject
    AgreementService agreements;

    @Inject
    MilestoneService milestones;

    @Inject
    Outbox outbox;

    @Inject
    AgreementsConfig config;

    @Inject
    EntityManager em;

    @Scheduled(
            every = "${agreements.sweep-every}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int moved = sweep(agreements.today());
        if (moved > 0) {
            LOG.infof("agreement sweep made %d date-driven changes", moved);
        }
    }

    /** Runs every date-driven rule for {@code today}; returns how many changes were made. */
    public int sweep(LocalDate today) {
        int total = 0;
        int batch;
        do {
            total += batch = AuditActor.as(
                    ACTOR,
                    "effectiveFrom reached",
                    () -> agreementBatch(
                            "status = 'SIGNED' and effective_from <= ?1",
                            today,
                            a -> agreements.move(a, AgreementAction.ACTIVATE, null, ACTOR)));
        } while (batch == BATCH);
        LocalDate noticeFrom = today.plusDays(config.expiringNoticeDays());
        do {
            total += batch = AuditActor.as(
                    ACTOR,
                    "effectiveTo approaching",
                    () -> agreementBatch(
                            "status in ('SIGNED', 'ACTIVE') and effective_to >= ?2 and effective_to <= ?1 and expiring_notified_on is null",
                            noticeFrom,
                            today,
                            a -> {
                                a.expiringNotifiedOn = today;
                                outbox.publish(
                                        a.id,
                                        AgreementMapper.expiring(
                                                a,
                                                (int) ChronoUnit.DAYS.between(today, a.effectiveTo),
                                                AgreementService.now()));
                            }));
        } while (batch == BATCH);
        do {
            total += batch = AuditActor.as(
                    ACTOR,
                    "effectiveTo passed",
                    () -> agreementBatch(
                            "status in ('SIGNED', 'ACTIVE') and effective_to < ?1",
                            today,
                            a -> agreements.move(a, AgreementAction.EXPIRE, null, ACTOR)));
        } while (batch == BATCH);
        do {
            total += batch = AuditActor.as(ACTOR, "due date passed", () -> milestoneBatch(today));
        } while (batch == BATCH);
        return total;
    }

    @Transactional
    int agreementBatch(String condition, LocalDate date, java.util.function.Consumer<Agreement> change) {
        return agreementBatch(condition, date, date, change);
    }

    @Transactional
    int agreementBatch(
            String condition, LocalDate first, LocalDate second, java.util.function.Consumer<Agreement> change) {
        var query = em.createNativeQuery(
                        "select id from agreement where " + condition + " order by effective_to limit " + BATCH
                                + " for update skip locked",
                        UUID.class)
                .setParameter(1, first);
        if (condition.contains("?2")) {
            query.setParameter(2, second);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        ids.forEach(id -> change.accept(Agreement.findById(id)));
        return ids.size();
    }

    @Transactional
    int milestoneBatch(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select id from milestone where status in ('PLANNED', 'IN_PROGRESS') and due_on < ?1
                order by due_on limit %d for update skip locked""".formatted(BATCH), UUID.class)
                .setParameter(1, today)
                .getResultList();
        ids.forEach(id -> milestones.markOverdue(Milestone.findById(id), today));
        return ids.size();
    }
}
