package io.alliancehub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself, without the suite: request counts, error accounting, the report. No timing assertions. */
class HarnessTest {

    @Test
    void theStartupScenarioReadsThePeakAndTheCurrentResidentMemoryOfAProcess() throws Exception {
        long pid = ProcessHandle.current().pid();
        long now = Bench.statusKb(pid, "VmRSS");
        // read second: the high-water mark never falls, and this process's RSS may grow between the two readings
        long peak = Bench.statusKb(pid, "VmHWM");
        assertThat(now).isPositive();
        assertThat(peak).isGreaterThanOrEqualTo(now);
        assertThat(Bench.statusKb(pid, "NoSuchField")).isEqualTo(-1);
    }

    @Test
    void onlyAnUnmetCorrectnessTargetFailsTheRunAMissedSpeedTargetIsReported() {
        Map<String, Map<String, Object>> targets = new LinkedHashMap<>();
        targets.put("ready", Map.of("measured", 4.1, "unit", "s", "met", false));
        targets.put("burst", Map.of("measured", 0.0, "unit", "oversold", "met", true, "invariant", true));
        targets.put("faults", Map.of("measured", 3.0, "unit", "lost", "met", false, "invariant", true));
        assertThat(Bench.brokenInvariants(targets)).containsExactly("faults: 3.0 lost");
        targets.remove("faults");
        assertThat(Bench.brokenInvariants(targets)).isEmpty();
    }

    @Test
    void aThreadsCpuTicksAreReadAfterItsNameEvenWhenTheNameHoldsSpacesAndParentheses() {
        // proc(5): pid (comm) state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime ...
        String stat = "4242 (C2 Compiler) (x) S 1 1 1 0 -1 4194368 0 0 0 0 1234 56 0 0 20 0 40 0 900 0 0";
        assertThat(CpuPerEvent.cpuTicks(stat)).isEqualTo(1234 + 56);
    }

    @Test
    void theCompilerThreadsTicksCountAThreadStartedMeanwhileFromZero() {
        // thread 7 ran on (5 ticks more), thread 9 started meanwhile (3 ticks), thread 8 ended (its time is lost)
        Map<Long, Long> before = Map.of(7L, 100L, 8L, 40L);
        Map<Long, Long> after = Map.of(7L, 105L, 9L, 3L);
        assertThat(CpuPerEvent.ticksBetween(before, after)).isEqualTo(5 + 3);
    }

    @Test
    void compilationInTheQuietWindowIsNotCountedAsIdleCost() {
        // 2 s quiet, 150 ms of CPU of which the compiler threads took 12 ticks (120 ms): 15 ms/s of idle work remain
        assertThat(CpuPerEvent.idleNanosPerSecond(Duration.ofMillis(150), 12, 2.0))
                .isEqualTo(15e6);
        // the compiler's ticks may round above the process's own figure: the idle rate is then zero, never negative
        assertThat(CpuPerEvent.idleNanosPerSecond(Duration.ofMillis(95), 10, 1.0))
                .isZero();
    }

    @Test
    void theJitShareIsReadFromThisJvmsOwnCompilerThreads() throws Exception {
        // this JVM compiles too (tiered, C1 and C2), so its compiler threads are listed, each with a tick count
        Map<Long, Long> ticks =
                CpuPerEvent.compilerThreadTicks(ProcessHandle.current().pid());
        assertThat(ticks).isNotEmpty();
        assertThat(ticks.values()).allSatisfy(t -> assertThat(t).isNotNegative());
    }

    @Test
    void theWarmUpReadsTheCompilersShareOfAServicesCpuRoundByRound(@TempDir Path root) throws Exception {
        // this JVM stands in for members-service: its pid file is where ./alliance writes one
        Files.createDirectories(root.resolve(".alliance/run"));
        Files.writeString(
                root.resolve(".alliance/run/members.pid"),
                Long.toString(ProcessHandle.current().pid()));
        long[] sink = new long[1];
        CompilerWarmUp.Outcome outcome =
                CompilerWarmUp.run(new LocalSuite(root, "issuer"), java.time.Duration.ofSeconds(5), () -> {
                    long until = System.nanoTime() + 200_000_000L;
                    while (System.nanoTime() < until) {
                        sink[0] += Long.toString(sink[0]).hashCode();
                    }
                });
        // only the running services are read: the others have no pid file here
        assertThat(outcome.lastRoundShare()).containsOnlyKeys("members");
        assertThat(outcome.lastRoundShare().get("members")).isBetween(0.0, 1.0);
        assertThat(outcome.rounds()).isPositive();
        assertThat(outcome.quiet() || outcome.seconds() >= 5).isTrue();
    }

    @Test
    void theRestOfTheMachineIsReadPerProcessAndDividedByTheWork(@TempDir Path root) throws Exception {
        // no suite here (no pid files): PostgreSQL's processes, if any run, and this JVM as the load generator
        LocalSuite none = new LocalSuite(root, "issuer");
        Map<String, Map<Long, Long>> before = CpuBudget.read(none);
        assertThat(before).containsOnlyKeys("postgres", "loadGenerator");
        assertThat(before.get("loadGenerator"))
                .containsOnlyKeys(ProcessHandle.current().pid());
        long[] sink = new long[1];
        long until = System.nanoTime() + 100_000_000L;
        while (System.nanoTime() < until) {
            sink[0] += Long.toString(sink[0]).hashCode();
        }
        Map<String, Double> perUnit = CpuBudget.msPerUnit(before, CpuBudget.read(none), 10);
        assertThat(perUnit.get("loadGenerator"))
                .as("100 ms of this JVM's CPU over 10 units")
                .isPositive();
        assertThat(CpuBudget.msPerUnit(before, before, 0).get("loadGenerator")).isNaN();
    }

    @Test
    void aFixedRateRunSendsRateTimesSecondsRequestsAndCountsErrors() throws Exception {
        AtomicInteger n = new AtomicInteger();
        Load.Result r = Load.fixedRate(
                "fixed", 200, 0.5, () -> CompletableFuture.completedFuture(n.incrementAndGet() % 10 == 0 ? 503 : 200));
        assertThat(r.requests()).isEqualTo(100);
        assertThat(n.get()).isEqualTo(100);
        assertThat(r.errors()).isEqualTo(10);
        assertThat(r.serverErrors()).isEqualTo(10);
        assertThat(r.p(50)).isLessThanOrEqualTo(r.p(99));
        assertThat(r.p(99)).isLessThanOrEqualTo(r.p(99.9));
    }

    @Test
    void latencyCountsFromTheDueTimeSoAStallIsNotHidden() throws Exception {
        // every answer takes 50 ms: an open loop keeps sending, so every request shows the 50 ms
        Load.Result r = Load.fixedRate(
                "stall",
                100,
                0.3,
                () -> CompletableFuture.supplyAsync(
                        () -> 200, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)));
        assertThat(r.latencyMicros().getMinValue()).isGreaterThanOrEqualTo(40_000);
        assertThat(r.requests()).isEqualTo(30);
    }

    @Test
    void aClosedLoopStopsAfterItsShare() throws Exception {
        AtomicInteger n = new AtomicInteger();
        Load.Result r = Load.closedLoop(
                "closed", 8, 30, 200, () -> CompletableFuture.completedFuture(n.incrementAndGet() > 0 ? 201 : 500));
        assertThat(n.get()).isEqualTo(200);
        assertThat(r.requests()).isEqualTo(200);
        assertThat(r.errors()).isZero();
    }

    @Test
    void theReportHasEveryTargetAndRun(@TempDir Path dir) throws Exception {
        Map<String, Object> report = new LinkedHashMap<>(
                Map.of("when", "now", "machine", Map.of("cores", 2, "memoryGiB", 24, "java", "25"), "smoke", true));
        List<Map<String, Object>> runs = new ArrayList<>(List.of(new LinkedHashMap<>(Map.of(
                "name", "read direct", "throughput", 100.0, "p50ms", 1.0, "p99ms", 2.0, "p999ms", 3.0, "errors", 0))));
        Map<String, Map<String, Object>> targets = new LinkedHashMap<>();
        targets.put(
                "gateway hop p50",
                new LinkedHashMap<>(Map.of(
                        "target", "≤ 0.5 ms", "measured", 0.3, "limit", 0.5, "unit", "ms", "ratio", 0.6, "met", true)));
        report.put("runs", runs);
        report.put("targets", targets);
        report.put(
                "warmUp",
                Map.of(
                        "seconds",
                        95.0,
                        "rounds",
                        9,
                        "compilerQuiet",
                        true,
                        "compilerShareOfCpuInLastRound",
                        Map.of("members", 0.04)));
        Report.write(dir, report, runs, targets);
        assertThat(Files.readString(dir.resolve("REPORT.md")))
                .contains("| gateway hop p50 | ≤ 0.5 ms | 0.30 ms | 0.60 | yes |")
                .contains("| read direct |")
                .contains("smoke run")
                .contains("95.00 s in 9 rounds of creates and reads, until the JIT compiler took ≤ 10% of each"
                        + " service's CPU in a round (last round: members 4%)");
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"gateway hop p50\"");
    }
}
