package io.alliancehub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Duration;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The gateway hop's runs pooled per path: every request's latency in one histogram, CPU per request over all runs. */
class HopRunsTest {

    /** A run of {@code requests} requests, each taking {@code millis}, with the given CPU per process. */
    static Bench.HopRun run(long requests, long millis, Map<String, Duration> cpu) {
        Histogram h = new Histogram(3_600_000_000L, 3);
        h.recordValueWithCount(millis * 1000, requests);
        return new Bench.HopRun(new Load.Result("r", 15, requests, 1, 0, h, requests / 15.0), cpu);
    }

    @Test
    void poolsEveryRequestOfEveryRun() {
        Bench.HopRuns runs = new Bench.HopRuns();
        // 98 fast requests in one run and 2 slow ones in the other: alone, neither run's p99 shows both
        runs.add(run(98, 1, Map.of()));
        runs.add(run(2, 40, Map.of()));

        Load.Result pooled = runs.pooled("pooled");

        assertThat(pooled.requests()).isEqualTo(100);
        assertThat(pooled.errors()).isEqualTo(2);
        assertThat(pooled.seconds()).isEqualTo(30);
        assertThat(pooled.p(50)).isCloseTo(1, offset(0.01));
        assertThat(pooled.p(99)).isCloseTo(40, offset(0.1));
    }

    @Test
    void cpuPerRequestIsOverAllRunsAndUnknownWhenAProcessWasMissingFromOne() {
        Bench.HopRuns runs = new Bench.HopRuns();
        runs.add(run(400, 1, Map.of("gateway", Duration.ofMillis(100), "members", Duration.ofMillis(300))));
        runs.add(run(600, 1, Map.of("gateway", Duration.ofMillis(300))));

        assertThat(runs.cpuMsPerRequest("gateway")).isEqualTo(0.4);
        assertThat(runs.cpuMsPerRequest("members")).isNaN();
        assertThat(runs.cpuMsPerRequest("kafka")).isNaN();
    }
}
