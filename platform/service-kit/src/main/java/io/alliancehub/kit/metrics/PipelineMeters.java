package io.alliancehub.kit.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;

/**
 * The event pipeline's meters, the same in every service (Prometheus names in brackets):
 *
 * <ul>
 *   <li>outbox backlog and the age of the oldest unsent event ({@code alliance_outbox_backlog},
 *   {@code alliance_outbox_oldest_age_seconds}), read from the database every 10 s by the relay's side
 *   ({@code OutboxRelay}) so that a scrape never waits on it; every replica reports the same table, so alert on the
 *   max;</li>
 *   <li>the relay's send of a batch to the broker, until acknowledged ({@code alliance_outbox_send_seconds});</li>
 *   <li>applying one incoming event, per topic ({@code alliance_inbox_apply_seconds});</li>
 *   <li>messages moved to a dead-letter topic, per consumed topic ({@code alliance_dead_letters_total}), registered
 *   at zero on start so that the first one after a restart counts as an increase.</li>
 * </ul>
 *
 * Consumer lag per partition is the Kafka client's own ({@code kafka_consumer_fetch_manager_records_lag}).
 */
@ApplicationScoped
public class PipelineMeters {

    @Inject
    MeterRegistry registry;

    @Inject
    Config config;

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private final java.util.Map<String, Timer> applyTimers = new java.util.concurrent.ConcurrentHashMap<>();

    void start(@Observes StartupEvent event) {
        Gauge.builder("alliance.outbox.backlog", backlog, AtomicLong::get)
                .description("Committed events the broker has not acknowledged yet")
                .register(registry);
        TimeGauge.builder("alliance.outbox.oldest.age", oldestAgeMillis, TimeUnit.MILLISECONDS, AtomicLong::get)
                .description("How long the oldest unsent event has waited")
                .register(registry);
        for (String topic : consumedTopics()) {
            deadLetters(topic);
        }
    }

    /** The outbox's backlog as last read (the relay reads it every 10 s). */
    public void outboxBacklog(long pending, Duration oldestAge) {
        backlog.set(pending);
        oldestAgeMillis.set(oldestAge.toMillis());
    }

    /** The relay's send of a batch, until the broker acknowledged it. */
    public void outboxSent(Duration took) {
        Timer.builder("alliance.outbox.send")
                .description("Sending one batch of outbox events until the broker acknowledged it")
                .serviceLevelObjectives(LatencyHistograms.bucketsOf())
                .register(registry)
                .record(took);
    }

    /** Applying one incoming event of a topic (its handler, in the inbox's transaction). */
    public void applied(String topic, Duration took) {
        // one timer per topic, looked up once: this runs for every event a consumer applies
        applyTimers
                .computeIfAbsent(
                        topic,
                        t -> Timer.builder("alliance.inbox.apply")
                                .description("Applying one incoming event")
                                .tag("topic", t)
                                .serviceLevelObjectives(LatencyHistograms.bucketsOf())
                                .register(registry))
                .record(took);
    }

    /** A message of a consumed topic moved to its dead-letter topic. */
    public void deadLettered(String topic) {
        deadLetters(topic).increment();
    }

    private Counter deadLetters(String topic) {
        return Counter.builder("alliance.dead.letters")
                .description("Messages moved to the dead-letter topic, by the topic they came from")
                .tag("topic", topic)
                .register(registry);
    }

    /** The topics of this service's incoming Kafka channels ({@code mp.messaging.incoming.<channel>.topic}). */
    private Iterable<String> consumedTopics() {
        return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic"))
                .map(name -> config.getValue(name, String.class))
                .distinct()
                .toList();
    }
}
