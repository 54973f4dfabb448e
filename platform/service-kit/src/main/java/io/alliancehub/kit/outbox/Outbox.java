package io.alliancehub.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alliancehub.contracts.events.EventCatalog;
import io.alliancehub.contracts.events.EventDescriptor;
import io.alliancehub.kit.config.KitConfig;
import io.alliancehub.kit.id.Uuid7;
import io.alliancehub.kit.tracing.TraceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Records a domain event in the same database transaction as the change it reports (transactional
 * outbox). {@link OutboxRelay} later sends it to Kafka, so a broker outage delays events but never
 * fails the request or loses an event.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    /**
     * Event payloads are written exactly as their contract records say (absent values as null unless
     * a record says otherwise), independent of the HTTP answers' rule that omits absent values
     * ({@code quarkus.jackson.serialization-inclusion}).
     */
    private final ObjectMapper json;

    @Inject
    Outbox(ObjectMapper http) {
        this.json = http.copy().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS);
    }

    @Inject
    KitConfig config;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** Writes the row; the public {@code publish} methods below take topic and type from the contract catalog. */
    private UUID publish(String topic, String type, UUID key, UUID subject, Object payload) {
        UUID eventId = Uuid7.next();
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload is not serialisable: " + payload.getClass(), e);
        }
        // Plain JDBC on the transaction's connection, not a Hibernate native query: Hibernate cannot tell which
        // tables a native statement touches, so for each one it scheduled a clean-up of every cache region and the
        // query-cache timestamps (a shared map that request threads contended on under a create load).
        // The flush first keeps what the native query did implicitly: the change's own rows are written before
        // its event, and a constraint it breaks is reported here, inside the service method.
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event
                        (event_id, topic, event_key, event_type, source, subject, occurred_at, payload, traceparent)
                    values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")) {
                insert.setObject(1, eventId);
                insert.setString(2, topic);
                insert.setString(3, key.toString());
                insert.setString(4, type);
                insert.setString(5, source(config.serviceName()));
                insert.setString(6, subject.toString());
                insert.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
                insert.setString(8, body);
                insert.setString(9, TraceContext.current());
                insert.executeUpdate();
            }
        });
        wakeRelayAfterCommit();
        return eventId;
    }

    /**
     * Wakes this JVM's relay once the transaction has committed. (A NOTIFY from the writing
     * transaction would do it across replicas, but PostgreSQL serialises the commits of every
     * transaction that notifies, fsync included: it capped writes at one commit per fsync. A relay
     * in another replica finds the rows by its short poll.)
     */
    private void wakeRelayAfterCommit() {
        Object key = OutboxRelay.class;
        if (transactions.getResource(key) == null) {
            transactions.putResource(key, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                        relay.committed();
                    }
                }
            });
        }
    }

    /**
     * Adds a contract payload to the outbox, in the transaction of the change (the only way to publish):
     * type and topic come from the contract EventCatalog; {@code key} is the Kafka record key (one
     * aggregate's events stay in order) and the CloudEvents subject.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(UUID key, Object payload) {
        return publish(key, key, payload);
    }

    /** Adds a contract payload with its own subject (e.g. a registration, keyed by its event). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(UUID key, UUID subject, Object payload) {
        EventDescriptor d = EventCatalog.forPayload(payload);
        return publish(d.topic(), d.type(), key, subject, payload);
    }

    /** CloudEvents {@code source} of a service's events. */
    public static String source(String serviceName) {
        return "/alliancehub/" + serviceName;
    }
}
