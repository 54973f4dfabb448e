package io.alliancehub.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The two ways the harness puts load on a target.
 *
 * <p>{@link #fixedRate}: an open loop. Request i is due at start + i/rate whatever happened to
 * earlier ones, and its latency is measured from that due time, not from when it was actually
 * sent: a stall of the target shows as latency of every request that should have gone out
 * meanwhile (no coordinated omission).
 *
 * <p>{@link #closedLoop}: N clients, each sending its next request when the previous answer
 * arrives; its throughput is the target's maximum rate at that concurrency.
 */
public final class Load {

    /** One operation: completes with the HTTP status (or fails). */
    public interface Op extends Supplier<CompletableFuture<Integer>> {}

    public record Result(
            String name,
            double seconds,
            long requests,
            long errors,
            long serverErrors,
            Histogram latencyMicros,
            double offeredRate) {
        public double throughput() {
            return requests / seconds;
        }

        public double p(double percentile) {
            return latencyMicros.getTotalCount() == 0
                    ? Double.NaN
                    : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private Load() {}

    public static Result fixedRate(String name, double rate, double seconds, Op op) throws InterruptedException {
        Histogram latency = new ConcurrentHistogram(3_600_000_000L, 3);
        AtomicLong errors = new AtomicLong();
        AtomicLong serverErrors = new AtomicLong();
        long total = Math.max(1, Math.round(rate * seconds));
        long intervalNanos = (long) (1e9 / rate);
        CountDownLatch done = new CountDownLatch((int) total);
        long start = System.nanoTime() + 1_000_000;
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(Math.min(wait, 200_000));
            }
            invoke(op).whenComplete((status, error) -> {
                latency.recordValue(Math.max(1, (System.nanoTime() - due) / 1000));
                count(status, error, errors, serverErrors);
                done.countDown();
            });
        }
        if (!done.await(120, TimeUnit.SECONDS)) {
            errors.addAndGet(done.getCount());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(name, elapsed, total, errors.get(), serverErrors.get(), latency, rate);
    }

    public static Result closedLoop(String name, int clients, double seconds, Op op) throws InterruptedException {
        return closedLoop(name, clients, seconds, Long.MAX_VALUE, op);
    }

    /** A closed loop that stops after {@code maxRequests} requests (or the time). */
    public static Result closedLoop(String name, int clients, double seconds, long maxRequests, Op op)
            throws InterruptedException {
        AtomicLong issued = new AtomicLong();
        Histogram latency = new ConcurrentHistogram(3_600_000_000L, 3);
        AtomicLong errors = new AtomicLong();
        AtomicLong serverErrors = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        CountDownLatch finished = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            new Object() {
                void next() {
                    if (System.nanoTime() >= end || issued.incrementAndGet() > maxRequests) {
                        finished.countDown();
                        return;
                    }
                    long sent = System.nanoTime();
                    invoke(op).whenComplete((status, error) -> {
                        latency.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                        requests.incrementAndGet();
                        count(status, error, errors, serverErrors);
                        next();
                    });
                }
            }.next();
        }
        finished.await((long) (seconds + 120), TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(name, elapsed, requests.get(), errors.get(), serverErrors.get(), latency, Double.NaN);
    }

    /** The operation's future; one that throws instead of failing its future counts as a failed request. */
    private static CompletableFuture<Integer> invoke(Op op) {
        try {
            return op.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void count(Integer status, Throwable error, AtomicLong errors, AtomicLong serverErrors) {
        if (error != null || status == null || status >= 400) {
            errors.incrementAndGet();
        }
        if (status != null && status >= 500) {
            serverErrors.incrementAndGet();
        }
    }
}
