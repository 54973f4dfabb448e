package io.alliancehub.bench;

import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a load going in rounds until the JIT compiler has done its work in every service the scenarios measure: the
 * rounds end when, in one round, each process's {@code C1/C2 CompilerThread} threads spent at most {@link
 * #QUIET_SHARE} of its CPU, or after {@code limit}. A JMH-style warm-up with an end read off the compiler rather than
 * a fixed time: on a suite started a minute before, the compiler took more than half of the consumers' CPU, and under
 * a closed loop of creates it went quiet only after two to three minutes (bench/findings/2026-12-05-warm-until-compiled.md).
 * The figures then measure the code the services run for hours, and each CPU figure still reports the compiler's part.
 */
final class CompilerWarmUp {

    /** A round in which the compiler threads spent at most this share of a process's CPU counts as quiet. */
    static final double QUIET_SHARE = 0.10;

    /** The services whose figures the scenarios judge. */
    static final List<String> SERVICES = List.of("gateway", "members", "events", "agreements");

    private CompilerWarmUp() {}

    /** What the warm-up did: how long, how many rounds, and the compiler's share of each process's CPU in its last. */
    record Outcome(double seconds, int rounds, boolean quiet, Map<String, Double> lastRoundShare) {}

    /**
     * Runs {@code round} (which should take a few seconds) until a round is quiet in every service or {@code limit} has
     * passed.
     */
    static Outcome run(LocalSuite suite, Duration limit, Round round) throws Exception {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        int rounds = 0;
        Map<String, Double> share;
        boolean quiet;
        do {
            Map<String, Reading> before = readings(suite);
            round.run();
            rounds++;
            share = shares(before, readings(suite));
            quiet = share.values().stream().allMatch(s -> s <= QUIET_SHARE);
            System.out.printf(
                    "  warm-up round %d: the compiler's share of each process's CPU %s%n", rounds, percent(share));
        } while (!quiet && System.nanoTime() < deadline);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!quiet) {
            System.out.printf("  (the compiler was still busy after %.0f s; measuring anyway)%n", seconds);
        }
        return new Outcome(seconds, rounds, quiet, share);
    }

    @FunctionalInterface
    interface Round {
        void run() throws Exception;
    }

    /** A process's CPU in nanoseconds and its compiler threads' ticks, by thread id. */
    private record Reading(long cpuNanos, Map<Long, Long> compilerTicks) {}

    private static Map<String, Reading> readings(LocalSuite suite) throws Exception {
        Map<String, Reading> r = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Optional<ProcessHandle> p = suite.running(service);
            Optional<Duration> cpu = p.flatMap(h -> h.info().totalCpuDuration());
            try {
                if (cpu.isPresent()) {
                    r.put(
                            service,
                            new Reading(
                                    cpu.get().toNanos(),
                                    CpuPerEvent.compilerThreadTicks(p.get().pid())));
                }
            } catch (NoSuchFileException ended) {
                // the process ended between the look-up and the listing of its threads: no reading, as for CPU
            }
        }
        return r;
    }

    private static Map<String, Double> shares(Map<String, Reading> before, Map<String, Reading> after) {
        Map<String, Double> share = new LinkedHashMap<>();
        after.forEach((service, now) -> {
            Reading then = before.get(service);
            if (then == null) {
                return;
            }
            double cpuMs = (now.cpuNanos() - then.cpuNanos()) / 1e6;
            double jitMs =
                    CpuPerEvent.ticksBetween(then.compilerTicks(), now.compilerTicks()) * CpuPerEvent.MS_PER_TICK;
            share.put(service, cpuMs <= 0 ? 0 : jitMs / cpuMs);
        });
        return share;
    }

    static String percent(Map<String, Double> share) {
        StringBuilder s = new StringBuilder();
        share.forEach((service, v) -> s.append(s.isEmpty() ? "" : ", ")
                .append(service)
                .append(' ')
                .append(Math.round(v * 100))
                .append('%'));
        return s.toString();
    }
}
