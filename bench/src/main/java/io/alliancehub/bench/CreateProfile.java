package io.alliancehub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where members-service's CPU goes while it creates organisations: a JFR recording ({@code settings=profile}) of the
 * running service, started and stopped with {@code jcmd}, read back here and counted by part.
 *
 * <p>Two views of the same execution samples:
 *
 * <ul>
 *   <li>{@link #INNERMOST}: each sample goes to the innermost library on its stack (JDK frames skipped), so the
 *       shares add up to 100%. This is how the first profile of a create was counted
 *       ({@code bench/findings/2026-12-03-write-path.md}), whose shares are {@link #BEFORE}.
 *   <li>{@link #ON_STACK}: the parts the issue names (JSON, validation, flush, Envers, …), each counted when it is
 *       anywhere on a sample's stack. They overlap (Envers' rows are written inside the flush), so they do not add
 *       up; each share times the service's CPU per create is what that part costs a create, callees included.
 * </ul>
 *
 * <p>An execution sample is taken of a thread running Java code; time in native code (a socket write, the garbage
 * collector, the JIT compiler) is not in these shares. The CPU per create they are applied to is the process's
 * whole CPU, measured by {@link CpuPerEvent} over the scored loop.
 */
final class CreateProfile {

    /** A part of the work: its name and the test on a frame's {@code class.method} that finds it. */
    record Part(String name, Predicate<String> frame) {
        static Part packages(String name, String... prefixes) {
            return new Part(name, f -> {
                for (String p : prefixes) {
                    if (f.startsWith(p)) {
                        return true;
                    }
                }
                return false;
            });
        }
    }

    /** Libraries in the order they are tested against a frame: the more specific before the broader. */
    static final List<Part> INNERMOST = List.of(
            Part.packages("search text and pinyin", "io.alliancehub.kit.text.", "com.github.houbb."),
            Part.packages("JSON (Jackson)", "com.fasterxml.jackson."),
            Part.packages("validation (Hibernate Validator)", "org.hibernate.validator."),
            Part.packages("Hibernate ORM (Envers included)", "org.hibernate.", "io.quarkus.hibernate."),
            Part.packages("PostgreSQL driver", "org.postgresql."),
            Part.packages("JWT verification (SmallRye JWT, jose4j)", "io.smallrye.jwt.", "org.jose4j."),
            Part.packages("transactions (Narayana)", "com.arjuna.", "io.narayana.", "io.quarkus.narayana."),
            Part.packages("connection pool (Agroal)", "io.agroal."),
            Part.packages("Kafka producer (the relay)", "org.apache.kafka."),
            Part.packages(
                    "logging",
                    "org.jboss.logmanager.",
                    "org.jboss.logging.",
                    "io.quarkus.vertx.http.runtime.filters.accesslog."),
            Part.packages("CDI (ArC)", "io.quarkus.arc."),
            Part.packages(
                    "HTTP (Quarkus REST, Vert.x, Netty)",
                    "org.jboss.resteasy.reactive.",
                    "io.quarkus.resteasy.",
                    "jakarta.ws.rs.",
                    "io.quarkus.rest.",
                    "io.quarkus.vertx.",
                    "io.vertx.",
                    "io.netty."),
            Part.packages(
                    "meters and tracing",
                    "io.micrometer.",
                    "io.opentelemetry.",
                    "io.quarkus.micrometer.",
                    "io.quarkus.opentelemetry."),
            Part.packages("application code", "io.alliancehub."),
            Part.packages("other libraries", ""));

    /**
     * The first profile of a create, counted the same way (innermost library), from {@link #BEFORE_SOURCE} ("Inside
     * members-service"). Parts it did not name are absent here, not zero.
     */
    static final Map<String, Double> BEFORE = Map.ofEntries(
            Map.entry("HTTP (Quarkus REST, Vert.x, Netty)", 0.36),
            Map.entry("Hibernate ORM (Envers included)", 0.24),
            Map.entry("PostgreSQL driver", 0.09),
            Map.entry("JWT verification (SmallRye JWT, jose4j)", 0.06),
            Map.entry("JSON (Jackson)", 0.05),
            Map.entry("application code", 0.04),
            Map.entry("transactions (Narayana)", 0.04),
            Map.entry("Kafka producer (the relay)", 0.03),
            Map.entry("CDI (ArC)", 0.03),
            Map.entry("logging", 0.02),
            Map.entry("connection pool (Agroal)", 0.01),
            Map.entry("search text and pinyin", 0.01));

    /** Where {@link #BEFORE} was measured, as the report names it. */
    static final String BEFORE_SOURCE =
            "692 samples over 25 s at 127 creates/s, another machine, `bench/findings/2026-12-03-write-path.md`";

    static final String JDK_ONLY = "JDK only (no library frame sampled)";

    /** The parts of a create the issue asks about, each counted wherever it is on the stack. */
    static final List<Part> ON_STACK = List.of(
            Part.packages("JSON (Jackson)", "com.fasterxml.jackson."),
            Part.packages("validation", "org.hibernate.validator."),
            Part.packages(
                    "Hibernate flush and dirty checking",
                    "org.hibernate.event.internal.AbstractFlushingEventListener.",
                    "org.hibernate.event.internal.DefaultFlushEntityEventListener.",
                    "org.hibernate.engine.spi.ActionQueue.executeActions"),
            Part.packages("Envers (audit rows)", "org.hibernate.envers."),
            Part.packages("search-text building", "io.alliancehub.kit.text.", "com.github.houbb."),
            Part.packages(
                    "idempotency (hash and record; only a create with an Idempotency-Key, which this loop does not send)",
                    "io.alliancehub.kit.web.Idempotency.hash",
                    "io.alliancehub.kit.web.Idempotency.update",
                    "io.alliancehub.kit.web.Idempotency.replay"),
            Part.packages("outbox insert", "io.alliancehub.kit.outbox.Outbox.publish"),
            Part.packages("JWT verification", "io.smallrye.jwt.", "org.jose4j."),
            Part.packages("logging", "org.jboss.logmanager.", "io.quarkus.vertx.http.runtime.filters.accesslog."),
            // taking a connection from the pool, enlisting it in the transaction, giving it back; not Agroal's
            // statement wrappers, whose time is the driver's
            Part.packages(
                    "connection handling (Agroal: take, enlist, return)",
                    "io.agroal.pool.ConnectionPool.",
                    "io.agroal.pool.DataSource.",
                    "io.agroal.pool.ConnectionHandler.verifyEnlistment",
                    "io.agroal.narayana.NarayanaTransactionIntegration."),
            Part.packages("PostgreSQL driver", "org.postgresql."),
            // the commit phase after Hibernate's flush (which runs before it, in beforeCompletion): the JDBC commit
            Part.packages(
                    "transaction commit (Narayana, the JDBC commit)",
                    "com.arjuna.ats.arjuna.coordinator.BasicAction.End"),
            Part.packages("the outbox relay (sending to Kafka)", "io.alliancehub.kit.outbox.OutboxRelay."));

    /** The counts of one recording. */
    record Profile(int samples, int eventLoopSamples, Map<String, Integer> innermost, Map<String, Integer> onStack) {

        double share(int count) {
            return samples == 0 ? Double.NaN : (double) count / samples;
        }
    }

    /** The load to record. */
    interface Work {
        void run() throws Exception;
    }

    private CreateProfile() {}

    /**
     * Records the JVM {@code pid} with JFR's profile settings while {@code load} runs, into {@code file}. Returns
     * {@code null} (and says why) when {@code jcmd} could not record, so a bench run goes on without the profile.
     */
    static Path record(long pid, Path file, Work load) throws Exception {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        // deeper stacks than JFR's default 64 frames, so a part deep in a request's stack is still seen; takes effect
        // only if JFR has not recorded in that JVM yet
        jcmd(pid, "JFR.configure", "stackdepth=256");
        if (!jcmd(pid, "JFR.start", "name=bench-create", "settings=profile", "filename=" + file)) {
            load.run();
            return null;
        }
        try {
            load.run();
        } finally {
            jcmd(pid, "JFR.stop", "name=bench-create");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    private static boolean jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        args.addAll(List.of(command));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || output.contains("Could not")) {
            System.out.println("  (jcmd " + String.join(" ", command) + ": " + output.strip() + ")");
            return false;
        }
        return true;
    }

    /** Reads a recording's execution samples and counts them by part. */
    static Profile read(Path jfr) throws IOException {
        List<List<String>> stacks = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        try (RecordingFile file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                    continue;
                }
                List<String> frames = new ArrayList<>();
                for (RecordedFrame f : e.getStackTrace().getFrames()) {
                    frames.add(f.getMethod().getType().getName() + "."
                            + f.getMethod().getName());
                }
                stacks.add(frames);
                threads.add(
                        e.getThread("sampledThread") == null
                                ? ""
                                : String.valueOf(e.getThread("sampledThread").getJavaName()));
            }
        }
        return count(stacks, threads);
    }

    /** Counts stacks (innermost frame first, as JFR lists them) sampled on the named threads. */
    static Profile count(List<List<String>> stacks, List<String> threads) {
        Map<String, Integer> innermost = new LinkedHashMap<>();
        INNERMOST.forEach(p -> innermost.put(p.name(), 0));
        innermost.put(JDK_ONLY, 0);
        Map<String, Integer> onStack = new LinkedHashMap<>();
        ON_STACK.forEach(p -> onStack.put(p.name(), 0));
        int eventLoop = 0;
        for (int i = 0; i < stacks.size(); i++) {
            List<String> frames = stacks.get(i);
            innermost.merge(innermostPart(frames), 1, Integer::sum);
            for (Part p : ON_STACK) {
                if (frames.stream().anyMatch(p.frame())) {
                    onStack.merge(p.name(), 1, Integer::sum);
                }
            }
            if (threads.get(i).startsWith("vert.x-eventloop")) {
                eventLoop++;
            }
        }
        return new Profile(stacks.size(), eventLoop, innermost, onStack);
    }

    static String innermostPart(List<String> frames) {
        for (String f : frames) {
            if (isJdk(f)) {
                continue;
            }
            for (Part p : INNERMOST) {
                if (p.frame().test(f)) {
                    return p.name();
                }
            }
        }
        return JDK_ONLY;
    }

    private static boolean isJdk(String frame) {
        return frame.startsWith("java.")
                || frame.startsWith("javax.")
                || frame.startsWith("jdk.")
                || frame.startsWith("sun.")
                || frame.startsWith("com.sun.");
    }

    /** The profile as report.json keeps it: shares, and ms of CPU per create where that figure is known. */
    static Map<String, Object> figures(Profile p, double cpuMsPerCreate, double seconds, double createsPerSecond) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("samples", p.samples());
        f.put("seconds", seconds);
        f.put("createsPerSecond", createsPerSecond);
        f.put("membersCpuMsPerCreate", cpuMsPerCreate);
        f.put("eventLoopShare", p.share(p.eventLoopSamples()));
        Map<String, Object> innermost = new LinkedHashMap<>();
        p.innermost().forEach((part, n) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("share", p.share(n));
            row.put("msPerCreate", p.share(n) * cpuMsPerCreate);
            if (BEFORE.containsKey(part)) {
                row.put("shareBefore", BEFORE.get(part));
            }
            innermost.put(part, row);
        });
        f.put("innermostLibrary", innermost);
        Map<String, Object> onStack = new LinkedHashMap<>();
        p.onStack()
                .forEach((part, n) ->
                        onStack.put(part, Map.of("share", p.share(n), "msPerCreate", p.share(n) * cpuMsPerCreate)));
        f.put("onStack", onStack);
        return f;
    }
}
