package io.alliancehub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The search for a maximum, against a pretend service whose capacity is known. */
class RateSearchTest {

    /** A run at {@code rate} of a service that answers within {@code p99Ms} up to {@code capacity} per second. */
    static Load.Result run(double rate, double capacity, long errors) {
        Histogram h = new Histogram(3_600_000_000L, 3);
        long micros = rate <= capacity ? 5_000 : 900_000; // 5 ms under capacity, 900 ms once it queues
        for (int i = 0; i < 100; i++) {
            h.recordValue(micros);
        }
        return new Load.Result("r", 1, Math.round(rate), errors, 0, h, rate);
    }

    @Test
    void findsTheCapacityWithinTenPercentAndNeverReportsARateThatFailed() throws Exception {
        List<Double> tried = new ArrayList<>();
        RateSearch.Outcome o = RateSearch.search(100, 50, 20, rate -> {
            tried.add(rate);
            return run(rate, 1234, 0);
        });
        assertThat(o.max()).isLessThanOrEqualTo(1234).isGreaterThanOrEqualTo(1234 * 0.9);
        // doubling until 1600 fails, then halving the gap until it is within 10% of the failed rate (100 ≤ 130)
        assertThat(tried).containsExactly(100.0, 200.0, 400.0, 800.0, 1600.0, 1200.0, 1400.0, 1300.0);
        assertThat(o.max()).isEqualTo(1200);
        assertThat(o.steps()).allSatisfy(s -> assertThat(s.held()).isEqualTo(s.rate() <= 1234));
    }

    @Test
    void errorsDisqualifyARateWhateverItsLatency() throws Exception {
        RateSearch.Outcome o = RateSearch.search(100, 50, 10, rate -> run(rate, 1e9, rate > 300 ? 1 : 0));
        assertThat(o.max()).isLessThanOrEqualTo(300).isGreaterThanOrEqualTo(270);
    }

    @Test
    void aServiceThatHoldsNoRateHasAMaximumOfZero() throws Exception {
        RateSearch.Outcome o = RateSearch.search(100, 50, 5, rate -> run(rate, 1, 0)); // tries 100, 50, 25, 12.5, 6.25
        assertThat(o.max()).isZero();
        assertThat(o.steps()).noneMatch(RateSearch.Step::held);
    }

    @Test
    void theStepsAreBounded() throws Exception {
        RateSearch.Outcome o = RateSearch.search(1, 50, 4, rate -> run(rate, 1e9, 0));
        assertThat(o.steps()).hasSize(4);
        assertThat(o.max()).isEqualTo(8);
    }

    @Test
    void oneStepIsAllowedAndAP99AtTheLimitHolds() throws Exception {
        assertThat(RateSearch.search(10, 50, 1, rate -> run(rate, 100, 0)).steps())
                .hasSize(1);
        Load.Result r = run(10, 100, 0);
        assertThat(RateSearch.held(r, r.p(99))).isTrue();
        assertThat(RateSearch.held(r, r.p(99) - 0.001)).isFalse();
        Load.Result noRequests = new Load.Result("r", 1, 0, 0, 0, r.latencyMicros(), 10);
        assertThat(RateSearch.held(noRequests, 1000))
                .as("latencies but no request counted")
                .isFalse();
    }

    @Test
    void aRunWithoutAnswersHoldsNothing() {
        Load.Result empty = new Load.Result("r", 1, 0, 0, 0, new Histogram(3_600_000_000L, 3), 10);
        assertThat(RateSearch.held(empty, 50)).isFalse();
        assertThat(RateSearch.held(run(10, 100, 0), 4.9)).isFalse();
        assertThat(RateSearch.held(run(10, 100, 0), 5.1)).isTrue();
        assertThatThrownBy(() -> RateSearch.search(0, 50, 3, rate -> run(rate, 1, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pgbenchsRateIsReadFromItsOutputAndAMissingOneIsNaN() {
        String out = """
                number of transactions actually processed: 442412
                latency average = 1.085 ms
                initial connection time = 21.311 ms
                tps = 29488.532841 (without initial connection time)
                """;
        assertThat(PgBench.tps(out)).isEqualTo(29488.532841);
        assertThat(PgBench.tps("pgbench: error: connection refused")).isNaN();
    }

    @Test
    void aTargetIsMetOnlyByAMeasuredFigure() {
        assertThat(Bench.atMost(0.5, 0.5)).isTrue();
        assertThat(Bench.atMost(0.51, 0.5)).isFalse();
        assertThat(Bench.atMost(Double.NaN, 0.5)).isFalse();
        assertThat(Bench.atLeast(0.25, 0.25)).isTrue();
        assertThat(Bench.atLeast(0.24, 0.25)).isFalse();
        assertThat(Bench.atLeast(Double.NaN, 0.25)).isFalse();
    }
}
