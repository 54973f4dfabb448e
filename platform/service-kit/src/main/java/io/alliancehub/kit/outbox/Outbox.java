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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

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
        em.createNativeQuery("""
                insert into outbox_event
                    (event_id, topic, event_key, event_type, source, subject, occurred_at, payload, traceparent)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), ?9)""")
                .setParameter(1, eventId)
                .setParameter(2, topic)
                .setParameter(3, key.toString())
                .setParameter(4, type)
                .setParameter(5, source(config.serviceName()))
                .setParameter(6, subject.toString())
                .setParameter(7, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(8, body)
                .setParameter(9, TraceContext.current())
                .executeUpdate();
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
