package io.alliancehub.kit.health;

import io.alliancehub.kit.config.KitConfig;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Unready while one of this instance's Kafka consumers has stopped polling ({@code alliance.inbox.stalled-after},
 * 15 s): its thread is stuck or gone, so its partitions' events wait, and Kubernetes should know. Read from the
 * Kafka client's own {@code last-poll-seconds-ago}. A broker outage does not make it unready: a consumer polls on
 * while the broker is away (its polls return nothing), and the API still answers from the database; the lag then
 * shows in the consumer-lag meters. SmallRye's channel checks stay off for that reason (they would turn a broker
 * outage into an API outage).
 */
@Readiness
@ApplicationScoped
public class ConsumersPolling implements HealthCheck {

    @Inject
    KafkaClientService kafka;

    @Inject
    KitConfig config;

    @Inject
    Config settings;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder =
                HealthCheckResponse.named("kafka-consumers").up();
        long limit = config.inbox().stalledAfter().toSeconds();
        for (String channel : incomingChannels()) {
            List<KafkaConsumer<Object, Object>> consumers = kafka.getConsumers(channel);
            if (consumers.isEmpty()) {
                builder.down().withData(channel, "not started");
                continue;
            }
            double worst = -1;
            for (KafkaConsumer<Object, Object> consumer : consumers) {
                worst = Math.max(worst, lastPollSecondsAgo(consumer));
            }
            // -1: not polled yet (starting)
            builder.withData(channel, worst < 0 ? "starting" : "last poll " + Math.round(worst) + " s ago");
            if (worst > limit) {
                builder.down();
            }
        }
        return builder.build();
    }

    /** The client's {@code consumer-metrics/last-poll-seconds-ago}; its metrics may be read from any thread. */
    private static double lastPollSecondsAgo(KafkaConsumer<Object, Object> consumer) {
        for (java.util.Map.Entry<MetricName, ? extends Metric> m :
                consumer.unwrap().metrics().entrySet()) {
            if (m.getKey().name().equals("last-poll-seconds-ago")
                    && m.getKey().group().equals("consumer-metrics")) {
                return ((Number) m.getValue().metricValue()).doubleValue();
            }
        }
        return -1;
    }

    /** The service's Kafka channels ({@code mp.messaging.incoming.<channel>.connector=smallrye-kafka}). */
    private List<String> incomingChannels() {
        return StreamSupport.stream(settings.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith("mp.messaging.incoming.") && name.endsWith(".connector"))
                .filter(name -> "smallrye-kafka"
                        .equals(settings.getOptionalValue(name, String.class).orElse(null)))
                .map(name -> name.substring("mp.messaging.incoming.".length(), name.length() - ".connector".length()))
                .toList();
    }
}
