package io.alliancehub.kit.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Request latency as a histogram ({@code http_server_requests_seconds_bucket}), so that Prometheus computes the p99
 * of a service across its replicas (a percentile each replica computed alone cannot be combined). Fixed buckets from
 * 5 ms to 10 s rather than Micrometer's ~70 per series: a bucket series per route and status is the cost.
 */
@Singleton
public class LatencyHistograms {

    /** Bucket bounds: 5, 10, 25, 50, 100, 250, 500 ms, 1, 2.5, 5, 10 s (the pipeline's timers use the same). */
    private static final Duration[] BUCKETS = java.util.stream.LongStream.of(
                    5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
            .mapToObj(Duration::ofMillis)
            .toArray(Duration[]::new);

    static Duration[] bucketsOf() {
        return BUCKETS.clone();
    }

    @Produces
    @Singleton
    MeterFilter requestLatencyHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return id.getName().equals("http.server.requests")
                        ? DistributionStatisticConfig.builder()
                                .serviceLevelObjectives(java.util.Arrays.stream(BUCKETS)
                                        .mapToDouble(Duration::toNanos)
                                        .toArray())
                                .build()
                                .merge(config)
                        : config;
            }
        };
    }
}
