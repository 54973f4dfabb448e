package io.alliancehub.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.alliancehub.contracts.events.EventCatalog;
import io.alliancehub.contracts.events.EventDescriptor;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes CloudEvents to the test broker exactly as a producing service's outbox relay does
 * (binary mode, key = aggregate id, type and topic from the EventCatalog), so a consumer can be
 * tested against the other service's real wire format without running that service.
 */
public final class CloudEventsPublisher implements AutoCloseable {

    private static final ObjectMapper JSON =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            KafkaTestBroker.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            // publishTogether's records wait for its flush, so that they form one record batch
            ProducerConfig.LINGER_MS_CONFIG,
            1000,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            CloudEventSerializer.class,
            CloudEventSerializer.ENCODING_CONFIG,
            Encoding.BINARY));

    /** Publishes a contract payload under a fresh event id; returns that id. */
    public String publish(UUID aggregateId, Object payload) {
        return publish(UUID.randomUUID().toString(), aggregateId, payload);
    }

    /** Publishes a contract payload under a given event id (to simulate a redelivery). */
    public String publish(String eventId, UUID aggregateId, Object payload) {
        send(record(eventId, aggregateId, payload));
        return eventId;
    }

    /** Publishes a contract payload with the W3C trace context of a request upstream (the traceparent header). */
    public String publishTraced(String traceparent, UUID aggregateId, Object payload) {
        String id = UUID.randomUUID().toString();
        ProducerRecord<String, CloudEvent> r = record(id, aggregateId, payload);
        r.headers().add("traceparent", traceparent.getBytes(StandardCharsets.US_ASCII));
        send(r);
        return id;
    }

    /** Publishes a contract payload as if it had happened at {@code time} (a consumer replaying history). */
    public String publishAt(OffsetDateTime time, UUID aggregateId, Object payload) {
        String id = UUID.randomUUID().toString();
        ProducerRecord<String, CloudEvent> r = record(id, aggregateId, payload);
        send(new ProducerRecord<>(
                r.topic(),
                r.key(),
                CloudEventBuilder.v1(r.value()).withTime(time).build()));
        return id;
    }

    /** A contract payload as the relay would send it: topic and type from the EventCatalog, key = aggregate id. */
    private static ProducerRecord<String, CloudEvent> record(String eventId, UUID aggregateId, Object payload) {
        EventDescriptor d = EventCatalog.forPayload(payload);
        try {
            return new ProducerRecord<>(
                    d.topic(),
                    aggregateId.toString(),
                    event(eventId, d.type(), aggregateId, JSON.writeValueAsBytes(payload)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Publishes raw bytes under any type: for poison messages a consumer must dead-letter. */
    public String publishRaw(String topic, String type, UUID aggregateId, String body) {
        return send(topic, UUID.randomUUID().toString(), type, aggregateId, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Publishes contract payloads on one key in one producer request (sent, then flushed together): they reach the
     * broker as one record batch, so a consumer receives them in one poll. Returns their event ids, in order.
     */
    public List<String> publishTogether(UUID aggregateId, List<Object> payloads) {
        List<String> ids = new ArrayList<>();
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (Object payload : payloads) {
            String id = UUID.randomUUID().toString();
            sent.add(producer.send(record(id, aggregateId, payload)));
            ids.add(id);
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish together", e);
        }
        return ids;
    }

    private static CloudEvent event(String eventId, String type, UUID aggregateId, byte[] body) {
        return CloudEventBuilder.v1()
                .withId(eventId)
                .withType(type)
                .withSource(URI.create("urn:alliancehub:test"))
                .withSubject(aggregateId.toString())
                .withTime(OffsetDateTime.now())
                .withDataContentType("application/json")
                .withData(body)
                .build();
    }

    private String send(String topic, String eventId, String type, UUID aggregateId, byte[] body) {
        send(new ProducerRecord<>(topic, aggregateId.toString(), event(eventId, type, aggregateId, body)));
        return eventId;
    }

    private void send(ProducerRecord<String, CloudEvent> record) {
        try {
            Future<RecordMetadata> sent = producer.send(record);
            producer.flush(); // not after the linger
            sent.get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + record.topic(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
