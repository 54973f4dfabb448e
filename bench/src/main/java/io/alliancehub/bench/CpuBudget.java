package io.alliancehub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the machine's CPU goes during the create's closed loop, beyond the writer and the two consumers that {@link
 * CpuPerEvent} measures: the other processes that share the 2 cores with them. pgbench, the create's limit, has the
 * whole machine for PostgreSQL and a client written in C; the suite shares it with these. So this is the measured
 * cause behind the create's ratio, not a figure any target judges.
 */
final class CpuBudget {

    /** The suite's other processes, by their {@code ./alliance} names. */
    private static final String[] OTHERS = {"notifications", "gateway", "kafka"};

    private CpuBudget() {}

    /** Per part, CPU ticks by process id: the suite's other processes, every PostgreSQL process, this harness. */
    static Map<String, Map<Long, Long>> read(LocalSuite suite) throws IOException {
        Map<String, Map<Long, Long>> parts = new LinkedHashMap<>();
        for (String name : OTHERS) {
            var p = suite.running(name);
            if (p.isPresent()) {
                Map<Long, Long> ticks = new HashMap<>();
                addTicks(ticks, p.get().pid());
                parts.put(name, ticks);
            }
        }
        parts.put("postgres", postgresTicks());
        Map<Long, Long> harness = new HashMap<>();
        addTicks(harness, ProcessHandle.current().pid());
        parts.put("loadGenerator", harness);
        return parts;
    }

    /** Each part's CPU in ms per unit of work between the two readings (a process new since then, from zero). */
    static Map<String, Double> msPerUnit(
            Map<String, Map<Long, Long>> before, Map<String, Map<Long, Long>> after, long units) {
        Map<String, Double> perUnit = new LinkedHashMap<>();
        after.forEach((part, ticks) -> perUnit.put(
                part,
                units <= 0
                        ? Double.NaN
                        : CpuPerEvent.ticksBetween(before.getOrDefault(part, Map.of()), ticks)
                                * CpuPerEvent.MS_PER_TICK
                                / units));
        return perUnit;
    }

    /** PostgreSQL's server processes: the postmaster, its background workers and one backend per connection. */
    private static Map<Long, Long> postgresTicks() throws IOException {
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(p -> {
                        try {
                            if (Files.readString(p.resolve("comm")).strip().equals("postgres")) {
                                addTicks(ticks, Long.parseLong(p.getFileName().toString()));
                            }
                        } catch (IOException ended) {
                            // the process ended between the listing and the read: its time is not counted
                        }
                    });
        }
        return ticks;
    }

    private static void addTicks(Map<Long, Long> ticks, long pid) throws IOException {
        try {
            ticks.put(pid, CpuPerEvent.cpuTicks(Files.readString(Path.of("/proc/" + pid + "/stat"))));
        } catch (NoSuchFileException ended) {
            // the process ended meanwhile
        }
    }
}
