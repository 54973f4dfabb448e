package io.alliancehub.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Consumer-side deduplication. Kafka delivers at least once; recording the event ids in the same
 * transaction as the handlers' writes means a redelivered event is applied exactly once.
 *
 * <p>Plain JDBC on the transaction's connection rather than native queries through the
 * EntityManager: a native update makes Hibernate flush and invalidate its caches for every statement,
 * which profiling showed among the consumers' largest costs, and one array-bound statement per poll
 * replaces a statement per event.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    /**
     * Claims events for a consumer inside the handlers' transaction.
     *
     * @return the ids claimed now; an id this consumer has already applied is not among them
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> claimAll(String consumer, List<InboundEvent> events) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into inbox_event (consumer, event_id, event_type)
                    select ?, e.id, e.type from unnest(?::varchar[], ?::varchar[]) as e(id, type)
                    on conflict (consumer, event_id) do nothing
                    returning event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(
                        2,
                        connection.createArrayOf(
                                "varchar", events.stream().map(InboundEvent::id).toArray()));
                insert.setArray(
                        3,
                        connection.createArrayOf(
                                "varchar",
                                events.stream().map(InboundEvent::type).toArray()));
                Set<String> claimed = new HashSet<>();
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(rs.getString(1));
                    }
                }
                return claimed;
            }
        });
    }

    /**
     * Sends the handlers' pending entity writes to the transaction's connection now. The inbox rows go there
     * directly (JDBC), so the handlers' writes must not depend on Hibernate's flush at commit alone: in a chaos run
     * a consumer stopped mid-batch committed an event's inbox and apply-log rows without its replica row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flushHandlersWrites() {
        em.flush();
    }

    /**
     * Lets the transaction's session send up to {@code writes} inserts (or updates) of one table as one JDBC batch
     * when it flushes. Set here, for the consumers' batch transactions, rather than for every session: a request's
     * transaction writes one row per table, which a batch would not shorten.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void batchHandlersWrites(int writes) {
        if (writes > 1) {
            em.unwrap(Session.class).setJdbcBatchSize(writes);
        }
    }

    /** Writes a row of {@code inbox_apply_log} per event id: this consumer applied this event (once more). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void logApplied(String consumer, List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into inbox_apply_log (consumer, event_id) select ?, unnest(?::varchar[])")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("varchar", eventIds.toArray()));
                insert.executeUpdate();
            }
        });
    }
}
