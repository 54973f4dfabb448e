package io.alliancehub.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The consumers' target: CPU per applied event ≤ 25% of the writer's CPU per create. Reads each service process's
 * CPU time (user + system, from the OS) and the rows that count its work (members-service's outbox rows: one per
 * create; each consumer's inbox rows: one per applied event) around a closed loop of creates, which ends when the
 * consumers have caught up. Each process's CPU includes everything it did meanwhile (the writer's relay sending to
 * Kafka counts as the writer's), less what it spends idle (pollers, timers: measured over a quiet window first, and
 * subtracted for the loop's duration), so the figures are the work's own and do not grow as the rate falls.
 */
final class CpuPerEvent {

    private static final String[] CONSUMERS = {"events", "agreements"};

    private final LocalSuite suite;
    private final Map<String, Duration> cpuBefore = new LinkedHashMap<>();
    private final Map<String, Long> workBefore = new LinkedHashMap<>();
    private final Map<String, Double> idleCpuPerSecond = new LinkedHashMap<>();
    private long startedNanos;

    private CpuPerEvent(LocalSuite suite) {
        this.suite = suite;
    }

    /** Measures each process idle for {@code quiet}, then starts counting. */
    static CpuPerEvent start(LocalSuite suite, Duration quiet) throws Exception {
        CpuPerEvent c = new CpuPerEvent(suite);
        Map<String, Duration> idleFrom = new LinkedHashMap<>();
        c.snapshot(idleFrom, new LinkedHashMap<>());
        long from = System.nanoTime();
        Thread.sleep(quiet.toMillis());
        c.snapshot(c.cpuBefore, c.workBefore);
        c.startedNanos = System.nanoTime();
        double seconds = (c.startedNanos - from) / 1e9;
        idleFrom.forEach((service, cpu) -> {
            Duration now = c.cpuBefore.get(service);
            c.idleCpuPerSecond.put(
                    service, cpu == null || now == null ? 0 : now.minus(cpu).toNanos() / seconds);
        });
        return c;
    }

    private void snapshot(Map<String, Duration> cpu, Map<String, Long> work) throws Exception {
        cpu.put("members", cpu("members"));
        work.put("members", Bench.count("alliance_members", "select count(*) from outbox_event"));
        for (String consumer : CONSUMERS) {
            cpu.put(consumer, cpu(consumer));
            work.put(
                    consumer,
                    Bench.count(
                            "alliance_" + consumer,
                            "select count(*) from inbox_event where consumer like '%organization-replica'"));
        }
    }

    private Duration cpu(String service) throws Exception {
        Optional<ProcessHandle> p = suite.running(service);
        return p.flatMap(h -> h.info().totalCpuDuration()).orElse(null);
    }

    /** Prints each process's CPU per unit of work and adds the ratios and targets to {@code bench}'s report. */
    void report(Bench bench) throws Exception {
        Map<String, Duration> cpuAfter = new LinkedHashMap<>();
        Map<String, Long> workAfter = new LinkedHashMap<>();
        snapshot(cpuAfter, workAfter);
        Map<String, Object> figures = new LinkedHashMap<>();
        double writer = msPerUnit("members", cpuAfter, workAfter);
        figures.put("membersCpuMsPerCreate", writer);
        idleCpuPerSecond.forEach((service, nanos) -> figures.put(service + "IdleCpuMsPerSecond", nanos / 1e6));
        System.out.printf("  %-48s %8.2f ms CPU per create%n", "members-service (writer)", writer);
        for (String consumer : CONSUMERS) {
            double perEvent = msPerUnit(consumer, cpuAfter, workAfter);
            figures.put(consumer + "CpuMsPerAppliedEvent", perEvent);
            System.out.printf("  %-48s %8.2f ms CPU per applied event%n", consumer + "-service (consumer)", perEvent);
            double ratio = perEvent / writer;
            bench.ratios.put(consumer + "ConsumerCpuVsCreate", ratio);
            bench.target(
                    "consumer CPU " + consumer + "-service",
                    "CPU per applied event ≤ 25% of the writer's CPU per create",
                    ratio,
                    0.25,
                    "× the writer's",
                    Bench.atMost(ratio, 0.25));
        }
        bench.report.put("cpuPerEvent", figures);
    }

    private double msPerUnit(String service, Map<String, Duration> cpuAfter, Map<String, Long> workAfter) {
        Duration before = cpuBefore.get(service);
        Duration after = cpuAfter.get(service);
        long units = workAfter.get(service) - workBefore.get(service);
        if (before == null || after == null || units <= 0) {
            return Double.NaN;
        }
        double idle = idleCpuPerSecond.getOrDefault(service, 0.0) * (System.nanoTime() - startedNanos) / 1e9;
        return (after.minus(before).toNanos() - idle) / 1e6 / units;
    }
}
