package io.alliancehub.events.service;

import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.events.domain.Event;
import io.alliancehub.events.domain.EventAction;
import io.alliancehub.kit.audit.AuditActor;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The date-driven moves: START when an event's start has passed, COMPLETE when its end has.
 * Safe with several replicas: each batch locks its rows with {@code FOR UPDATE SKIP LOCKED}, so
 * two replicas never move the same event, and a move re-checks the state machine.
 */
@ApplicationScoped
public class EventLifecycleSweep {

    private static final Logger LOG = Logger.getLogger(EventLifecycleSweep.class);
    static final String ACTOR = "system:event-lifecycle";
    private static final int BATCH = 100;
    private static final List<String> STARTABLE = List.of(
            EventStatus.PUBLISHED.name(), EventStatus.REGISTRATION_OPEN.name(), EventStatus.REGISTRATION_CLOSED.name());

    @Inject
    EventService events;

    @Inject
    EntityManager em;

    @Scheduled(
            every = "${events.lifecycle.sweep-every}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int moved = sweep(OffsetDateTime.now());
        if (moved > 0) {
            LOG.infof("event lifecycle sweep moved %d events", moved);
        }
    }

    /** Moves every event whose start or end is at or before {@code now}; returns how many moves were made. */
    public int sweep(OffsetDateTime now) {
        int moved = 0;
        int batch;
        do {
            batch = moveBatch("status in (?1) and starts_at <= ?2", STARTABLE, now, EventAction.START);
            moved += batch;
        } while (batch == BATCH);
        do {
            batch = moveBatch(
                    "status in (?1) and ends_at <= ?2", List.of(EventStatus.ONGOING.name()), now, EventAction.COMPLETE);
            moved += batch;
        } while (batch == BATCH);
        return moved;
    }

    @Transactional
    int moveBatch(String condition, List<String> statuses, OffsetDateTime now, EventAction action) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "select id from event where " + condition + " order by starts_at limit " + BATCH
                                + " for update skip locked",
                        UUID.class)
                .setParameter(1, statuses)
                .setParameter(2, now)
                .getResultList();
        for (UUID id : ids) {
            Event e = Event.findById(id);
            String reason = action == EventAction.START
                    ? "the event started at " + e.startsAt
                    : "the event ended at " + e.endsAt;
            AuditActor.as(ACTOR, reason, () -> {
                events.move(e, action, reason, ACTOR);
                return null;
            });
        }
        return ids.size();
    }
}
