package io.alliancehub.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The maximum of an operation, found as the highest fixed rate it sustains: a run at that rate has no error and
 * its p99 (measured from each request's due time, so queueing counts) within the limit. Rates double from a start
 * until one fails, then the gap is halved until it is within 10% or the steps run out. A closed loop cannot give
 * this: its errors count as throughput and its latency hides the queue.
 */
public final class RateSearch {

    /** One fixed-rate run at {@code rate}. */
    public interface Trial {
        Load.Result at(double rate) throws Exception;
    }

    public record Step(double rate, boolean held, double p99, long errors) {}

    /** What the search found: the highest rate that held (0 when none did) and every step on the way. */
    public record Outcome(double max, List<Step> steps) {}

    private RateSearch() {}

    /** Whether a run held: every request answered without error and p99 within {@code p99LimitMs}. */
    public static boolean held(Load.Result r, double p99LimitMs) {
        double p99 = r.p(99);
        return r.requests() > 0 && r.errors() == 0 && !Double.isNaN(p99) && p99 <= p99LimitMs;
    }

    public static Outcome search(double start, double p99LimitMs, int maxSteps, Trial trial) throws Exception {
        if (!(start > 0) || maxSteps < 1) {
            throw new IllegalArgumentException("start " + start + ", steps " + maxSteps);
        }
        List<Step> steps = new ArrayList<>();
        double low = 0;
        double high = Double.POSITIVE_INFINITY;
        double rate = start;
        for (int i = 0; i < maxSteps; i++) {
            Load.Result r = trial.at(rate);
            boolean ok = held(r, p99LimitMs);
            steps.add(new Step(rate, ok, r.p(99), r.errors()));
            if (ok) {
                low = rate;
            } else {
                high = rate;
            }
            if (high != Double.POSITIVE_INFINITY && (high - low) <= 0.1 * high) {
                break;
            }
            rate = high == Double.POSITIVE_INFINITY ? rate * 2 : (low + high) / 2;
        }
        return new Outcome(low, steps);
    }
}
