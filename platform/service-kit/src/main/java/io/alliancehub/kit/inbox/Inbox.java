package io.alliancehub.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Consumer-side deduplication. Kafka delivers at least once; recording the event id in the same
 * transaction as the handler's writes means a redelivered event is applied exactly once.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    /**
     * Claims an event for a consumer inside the handler's transaction.
     *
     * @return true the first time; false when this consumer has already applied the event
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String consumer, String eventId, String eventType) {
        int inserted = em.createNativeQuery("""
                insert into inbox_event (consumer, event_id, event_type) values (?1, ?2, ?3)
                on conflict (consumer, event_id) do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, eventType)
                .executeUpdate();
        return inserted == 1;
    }

    /** Writes one row of {@code inbox_apply_log}: this consumer applied this event (once more). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void logApplied(String consumer, String eventId) {
        em.createNativeQuery("insert into inbox_apply_log (consumer, event_id) values (?1, ?2)")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
    }
}
