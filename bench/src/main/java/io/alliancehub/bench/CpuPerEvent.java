package io.alliancehub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The consumers' target: CPU per applied event ≤ 25% of the writer's CPU per create. Reads each service process's
 * CPU time (user + system, from the OS) and the rows that count its work (members-service's outbox rows: one per
 * create; each consumer's inbox rows: one per applied event) around a closed loop of creates, which ends when the
 * consumers have caught up. Each process's CPU includes everything it did meanwhile (the writer's relay sending to
 * Kafka counts as the writer's), less what it spends idle (pollers, timers: measured over a quiet window first, and
 * subtracted for the loop's duration), so the figures are the work's own and do not grow as the rate falls. The
 * compiler threads' CPU in the quiet window is not idle cost: a suite that still compiles would otherwise have that
 * compilation subtracted again for every second of the loop, which made a consumer's figure too low (one run
 * subtracted 47 ms/s of compilation from events-service's; bench/findings/2026-12-06-idle-window.md).
 *
 * <p>Each figure also says how much of it the JIT compiler's threads spent ({@code C1/C2 CompilerThread}, from
 * {@code /proc/<pid>/task}). A suite started minutes before still compiles: on a slow day the consumers' compiler
 * threads took 22–55% of their CPU in rounds of the same load (bench/findings/2026-12-05-jit-share.md), likely
 * much of the spread between runs of the same jars. The target is judged on the whole figure; the share without
 * compilation is reported beside it, not instead of it. Compilation in the loop counts whole: none of it is idle.
 */
final class CpuPerEvent {

    private static final String[] CONSUMERS = {"events", "agreements"};

    private final LocalSuite suite;
    private final Map<String, Duration> cpuBefore = new LinkedHashMap<>();
    private final Map<String, Map<Long, Long>> jitBefore = new LinkedHashMap<>();
    private final Map<String, Long> workBefore = new LinkedHashMap<>();
    private final Map<String, Double> idleCpuPerSecond = new LinkedHashMap<>();
    private final Map<String, Double> idleJitMsPerSecond = new LinkedHashMap<>();
    private long startedNanos;
    private Map<String, Map<Long, Long>> budgetBefore;

    private CpuPerEvent(LocalSuite suite) {
        this.suite = suite;
    }

    /** Measures each process idle for {@code quiet}, then starts counting. */
    static CpuPerEvent start(LocalSuite suite, Duration quiet) throws Exception {
        CpuPerEvent c = new CpuPerEvent(suite);
        Map<String, Duration> idleFrom = new LinkedHashMap<>();
        Map<String, Map<Long, Long>> idleJitFrom = new LinkedHashMap<>();
        c.snapshot(idleFrom, new LinkedHashMap<>(), idleJitFrom);
        long from = System.nanoTime();
        Thread.sleep(quiet.toMillis());
        c.snapshot(c.cpuBefore, c.workBefore, c.jitBefore);
        c.budgetBefore = CpuBudget.read(suite);
        c.startedNanos = System.nanoTime();
        double seconds = (c.startedNanos - from) / 1e9;
        idleFrom.forEach((service, cpu) -> {
            Duration now = c.cpuBefore.get(service);
            Map<Long, Long> jitFrom = idleJitFrom.get(service);
            Map<Long, Long> jitNow = c.jitBefore.get(service);
            long jitTicks = jitFrom == null || jitNow == null ? 0 : ticksBetween(jitFrom, jitNow);
            // reported only, to show how much the quiet window still compiled
            c.idleJitMsPerSecond.put(service, jitTicks * MS_PER_TICK / seconds);
            c.idleCpuPerSecond.put(
                    service, cpu == null || now == null ? 0 : idleNanosPerSecond(now.minus(cpu), jitTicks, seconds));
        });
        return c;
    }

    /**
     * A process's idle CPU rate, in nanoseconds per second, without what its compiler threads spent in the window:
     * compiling is the tail of a warm-up, not a cost that recurs every second. Never below zero (the compiler's
     * figure comes in 10 ms ticks, the process's in nanoseconds).
     */
    static double idleNanosPerSecond(Duration processCpu, long compilerTicks, double seconds) {
        double withoutCompiler = processCpu.toNanos() - compilerTicks * MS_PER_TICK * 1e6;
        return Math.max(0, withoutCompiler) / seconds;
    }

    private void snapshot(Map<String, Duration> cpu, Map<String, Long> work, Map<String, Map<Long, Long>> jit)
            throws Exception {
        cpu.put("members", cpu("members"));
        jit.put("members", jitTicks("members"));
        work.put("members", Bench.count("alliance_members", "select count(*) from outbox_event"));
        for (String consumer : CONSUMERS) {
            cpu.put(consumer, cpu(consumer));
            jit.put(consumer, jitTicks(consumer));
            work.put(
                    consumer,
                    Bench.count(
                            "alliance_" + consumer,
                            "select count(*) from inbox_event where consumer like '%organization-replica'"));
        }
    }

    private Duration cpu(String service) throws Exception {
        return suite.cpu(service).orElse(null);
    }

    /** Prints each process's CPU per unit of work and adds the ratios and targets to {@code bench}'s report. */
    void report(Bench bench) throws Exception {
        Map<String, Duration> cpuAfter = new LinkedHashMap<>();
        Map<String, Long> workAfter = new LinkedHashMap<>();
        Map<String, Map<Long, Long>> jitAfter = new LinkedHashMap<>();
        snapshot(cpuAfter, workAfter, jitAfter);
        Map<String, Object> figures = new LinkedHashMap<>();
        double writer = msPerUnit("members", cpuAfter, workAfter);
        double writerJit = jitMsPerUnit("members", jitAfter, workAfter);
        figures.put("membersCpuMsPerCreate", writer);
        figures.put("membersJitMsPerCreate", writerJit);
        idleCpuPerSecond.forEach((service, nanos) -> figures.put(service + "IdleCpuMsPerSecond", nanos / 1e6));
        idleJitMsPerSecond.forEach((service, ms) -> figures.put(service + "IdleJitMsPerSecond", ms));
        System.out.printf(
                "  %-48s %8.2f ms CPU per create (JIT compilation %.2f)%n",
                "members-service (writer)", writer, writerJit);
        double consumers = 0;
        for (String consumer : CONSUMERS) {
            double perEvent = msPerUnit(consumer, cpuAfter, workAfter);
            consumers += perEvent;
            double jit = jitMsPerUnit(consumer, jitAfter, workAfter);
            figures.put(consumer + "CpuMsPerAppliedEvent", perEvent);
            figures.put(consumer + "JitMsPerAppliedEvent", jit);
            System.out.printf(
                    "  %-48s %8.2f ms CPU per applied event (JIT compilation %.2f)%n",
                    consumer + "-service (consumer)", perEvent, jit);
            double ratio = perEvent / writer;
            bench.ratios.put(consumer + "ConsumerCpuVsCreate", ratio);
            // beside the target's figure, not instead of it: what the ratio is once the compiler has finished
            bench.ratios.put(consumer + "ConsumerCpuVsCreateWithoutJit", (perEvent - jit) / (writer - writerJit));
            bench.target(
                    "consumer CPU " + consumer + "-service",
                    "CPU per applied event ≤ 25% of the writer's CPU per create",
                    ratio,
                    0.25,
                    "× the writer's",
                    Bench.atMost(ratio, 0.25));
        }
        // the rest of the machine over the same window, per create: what else the 2 cores ran
        long creates = workAfter.get("members") - workBefore.get("members");
        double windowMs = (System.nanoTime() - startedNanos) / 1e6;
        Map<String, Double> others = CpuBudget.msPerUnit(budgetBefore, CpuBudget.read(suite), creates);
        // one applied event per consumer per create; the three services' figures are net of their idle CPU, the
        // others' are not (PostgreSQL's and the broker's idle share is not measured), so the sum can only be high
        double measured = writer
                + consumers
                + others.values().stream().mapToDouble(Double::doubleValue).sum();
        double capacity = creates > 0 ? Runtime.getRuntime().availableProcessors() * windowMs / creates : Double.NaN;
        figures.put("otherProcessesCpuMsPerCreate", others);
        figures.put("machineCpuMsPerCreate", capacity);
        System.out.printf(
                "  %-48s %s ms; with the three above %.2f of the machine's %.2f ms per create%n",
                "the rest of the machine, CPU per create",
                others.entrySet().stream()
                        .map(e -> e.getKey() + " " + String.format("%.2f", e.getValue()))
                        .reduce((a, b) -> a + ", " + b)
                        .orElse(""),
                measured,
                capacity);
        bench.report.put("cpuPerEvent", figures);
    }

    /**
     * The compiler threads' CPU per unit of work over the loop, all of it (the idle rate subtracted from the whole
     * figure leaves the compiler out, {@link #idleNanosPerSecond}). A compiler thread that ended meanwhile is not
     * counted (its time is lost from the task list), so the figure can only be too low; on 2 cores the JVM keeps one
     * C1 and one C2 thread for its whole life.
     */
    private double jitMsPerUnit(String service, Map<String, Map<Long, Long>> jitAfter, Map<String, Long> workAfter) {
        Map<Long, Long> before = jitBefore.get(service);
        Map<Long, Long> after = jitAfter.get(service);
        long units = workAfter.get(service) - workBefore.get(service);
        if (before == null || after == null || units <= 0) {
            return Double.NaN;
        }
        return ticksBetween(before, after) * MS_PER_TICK / units;
    }

    /** The ticks the threads of {@code after} spent since {@code before} (a thread new since then, from zero). */
    static long ticksBetween(Map<Long, Long> before, Map<Long, Long> after) {
        long ticks = 0;
        for (Map.Entry<Long, Long> thread : after.entrySet()) {
            ticks += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return ticks;
    }

    /** Linux reports thread CPU in clock ticks of USER_HZ, which is 100 on every architecture the suite runs on. */
    static final double MS_PER_TICK = 10;

    /**
     * CPU ticks (user + system) of each JIT compiler thread of {@code service}'s process, by thread id; null when it
     * is not running, as {@link #cpu} gives no figure then either.
     */
    private Map<Long, Long> jitTicks(String service) throws IOException {
        Optional<ProcessHandle> p = suite.running(service);
        try {
            return p.isEmpty() ? null : compilerThreadTicks(p.get().pid());
        } catch (NoSuchFileException ended) {
            // the process ended between the look-up and the listing of its threads
            return null;
        }
    }

    /** CPU ticks (user + system) of each C1 and C2 compiler thread of process {@code pid}, by thread id. */
    static Map<Long, Long> compilerThreadTicks(long pid) throws IOException {
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        ticks.put(
                                Long.parseLong(task.getFileName().toString()),
                                cpuTicks(Files.readString(task.resolve("stat"))));
                    }
                } catch (NoSuchFileException ended) {
                    // the thread ended between the listing and the read
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return ticks;
    }

    /**
     * utime + stime of a {@code /proc/<pid>/task/<tid>/stat} line. The thread's name (field 2, in parentheses) may
     * itself hold spaces and parentheses, so the fields are counted from the last closing parenthesis: utime and
     * stime are fields 14 and 15 of proc(5), the 12th and 13th after the name.
     */
    static long cpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
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
