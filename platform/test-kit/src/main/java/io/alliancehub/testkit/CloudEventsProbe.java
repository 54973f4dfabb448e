package io.alliancehub.testkit;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads CloudEvents from a topic of the test broker, as a downstream consumer would. */
public final class CloudEventsProbe implements AutoCloseable {

    private final KafkaConsumer<String, CloudEvent> consumer;
    private final List<ConsumerRecord<String, CloudEvent>> seen = new ArrayList<>();

    public CloudEventsProbe(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                CloudEventDeserializer.class));
        consumer.subscribe(List.of(topic));
    }

    /** Polls until {@code count} records matching {@code filter} have been seen, or the timeout. */
    public List<ConsumerRecord<String, CloudEvent>> await(
            Predicate<ConsumerRecord<String, CloudEvent>> filter, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && seen.stream().filter(filter).count() < count) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return seen.stream().filter(filter).toList();
    }

    /**
     * The records matching {@code filter} that arrived before the first one matching {@code marker}. A test writes
     * the marker on the same key after the events it checks: one key's events are sent and kept in order, so a
     * duplicate of an earlier event would arrive before the marker. This replaces waiting a fixed quiet time for
     * duplicates; it fails when the marker has not arrived within {@code timeout}.
     */
    public List<ConsumerRecord<String, CloudEvent>> beforeMarker(
            Predicate<ConsumerRecord<String, CloudEvent>> filter,
            Predicate<ConsumerRecord<String, CloudEvent>> marker,
            Duration timeout) {
        await(marker, 1, timeout);
        List<ConsumerRecord<String, CloudEvent>> before = new java.util.ArrayList<>();
        for (ConsumerRecord<String, CloudEvent> r : seen) {
            if (marker.test(r)) {
                return before;
            }
            if (filter.test(r)) {
                before.add(r);
            }
        }
        throw new AssertionError("the marker did not arrive within " + timeout);
    }

    /** A record whose CloudEvents id is {@code eventId}: a marker for {@link #beforeMarker}. */
    public static Predicate<ConsumerRecord<String, CloudEvent>> id(Object eventId) {
        return r -> eventId.toString().equals(r.value().getId());
    }

    /**
     * Keeps polling for a while. Only for a check that nothing arrives at all where no marker can follow (a standby
     * that must not send); duplicates are checked with {@link #beforeMarker}.
     */
    public List<ConsumerRecord<String, CloudEvent>> drain(
            Predicate<ConsumerRecord<String, CloudEvent>> filter, Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return seen.stream().filter(filter).toList();
    }

    public static Predicate<ConsumerRecord<String, CloudEvent>> subject(Object aggregateId) {
        return r -> aggregateId.toString().equals(r.value().getSubject());
    }

    @Override
    public void close() {
        consumer.close();
    }
}
