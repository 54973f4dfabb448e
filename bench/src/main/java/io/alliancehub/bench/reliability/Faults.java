package io.alliancehub.bench.reliability;

import io.alliancehub.bench.Bench;
import io.alliancehub.bench.Http;
import io.alliancehub.bench.Load;
import io.alliancehub.bench.LocalSuite;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One fault injected under load, then reconciled from a ledger.
 *
 * <p>While the fault is injected and undone, organisations are registered at a fixed rate (members
 * directly, or through the gateway) and events and agreements are read through the gateway. The
 * ledger keeps the id of every registration the suite accepted (201). Afterwards, with a deadline:
 * every accepted organisation is in members-service's database with its organization.registered
 * event published; each consumer (events, agreements) applied that event exactly once (its apply
 * log) and has the organisation in its replica. During the fault every answer is a 2xx or a 503
 * problem+json, the accepted way to say "not now". The fault itself must be proven: injected and
 * undone with exit 0, seen in effect, and carrying load; {@link FaultVerdict} says why a run fails.
 */
public final class Faults {

    /** A step of a fault: a call on the local suite; its exit code (0: done). */
    public interface Action {
        int run() throws Exception;
    }

    /** Whether the fault is in effect right now (the broker's port closed, PostgreSQL refusing connections...). */
    public interface Proof {
        boolean holds() throws Exception;
    }

    /**
     * A fault: how to inject and undo it (said in words for the report), how to see that it is in effect, where
     * the writes go, and why it cannot be injected here (null when it can).
     */
    public record Fault(
            String name,
            String injectedWith,
            Action inject,
            String undoneWith,
            Action undo,
            String provenBy,
            Proof inEffect,
            boolean writesThroughGateway,
            String unavailable) {

        /** The four faults of {@code ./alliance chaos}, as calls on the local suite. */
        public static Fault named(String name, LocalSuite suite) throws Exception {
            int kafkaPort = Integer.parseInt(Bench.env("ALLIANCE_KAFKA_PORT", "9092"));
            int eventsPort = Integer.parseInt(Bench.env("ALLIANCE_EVENTS_PORT", "8082"));
            Proof eventsGone = () -> suite.running("events").isEmpty() && !LocalSuite.portOpen(eventsPort);
            return switch (name) {
                case "broker" ->
                    new Fault(
                            name,
                            "SIGKILL of the Kafka broker",
                            () -> suite.kill("kafka"),
                            "./alliance infra up",
                            () -> suite.alliance("infra", "up"),
                            "the broker's port " + kafkaPort + " refuses connections",
                            () -> !LocalSuite.portOpen(kafkaPort),
                            false,
                            null);
                case "consumer" ->
                    new Fault(
                            name,
                            "SIGKILL of events-service (a consumer of alliance.members.v1)",
                            () -> suite.kill("events"),
                            "./alliance up",
                            () -> suite.alliance("up"),
                            "no events-service process, its port " + eventsPort + " closed",
                            eventsGone,
                            false,
                            null);
                case "upstream" ->
                    new Fault(
                            name,
                            "./alliance stop events (SIGTERM; the gateway's upstream is gone)",
                            () -> suite.alliance("stop", "events"),
                            "./alliance up",
                            () -> suite.alliance("up"),
                            "no events-service process, its port " + eventsPort + " closed",
                            eventsGone,
                            true,
                            null);
                case "postgres" ->
                    new Fault(
                            name,
                            "./alliance infra postgres stop",
                            () -> suite.alliance("infra", "postgres", "stop"),
                            "./alliance infra postgres start",
                            () -> suite.alliance("infra", "postgres", "start"),
                            "a new JDBC connection is refused",
                            () -> !canConnect(),
                            false,
                            suite.alliance("infra", "postgres", "check") == 0
                                    ? null
                                    : "./alliance cannot stop and start PostgreSQL on this machine (./alliance infra postgres check says why)");
                default -> throw new IllegalArgumentException("no fault named " + name);
            };
        }
    }

    private static boolean canConnect() {
        try (Connection c = Bench.db("alliance_members")) {
            return c.isValid(2);
        } catch (Exception refused) {
            return false;
        }
    }

    /** What a fault run measured and, when it failed, why ({@link FaultVerdict}). */
    public record Outcome(Fault fault, Map<String, Object> figures, List<String> failures, String skipped) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    private final String gateway;
    private final String members;
    private final Http http;

    public Faults(String gateway, String members, String admin) {
        this.gateway = gateway;
        this.members = members;
        this.http = new Http(admin);
    }

    public Outcome run(Fault fault, boolean smoke) throws Exception {
        if (fault.unavailable() != null) {
            return new Outcome(
                    fault,
                    Map.of(),
                    List.of("not injected (a skipped fault fails the run): " + fault.unavailable()),
                    fault.unavailable());
        }
        String tag = "chaos-" + fault.name().replaceAll("\\W", "") + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        double seconds = smoke ? 8 : 30;
        Queue<UUID> accepted = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        AtomicInteger n = new AtomicInteger();
        String writeBase = fault.writesThroughGateway() ? gateway : members;
        AtomicInteger writesDuringFault = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean faultWindow = new java.util.concurrent.atomic.AtomicBoolean();
        Load.Op write = () -> {
            if (faultWindow.get()) {
                writesDuringFault.incrementAndGet();
            }
            return http.postForAnswer(
                            writeBase + "/api/v1/organizations", Bench.organization(tag + "-" + n.incrementAndGet()))
                    .handle((r, error) -> classify("write", r, error, answers, accepted));
        };
        Load.Op read = () -> http.getForAnswer(
                        gateway + (n.get() % 2 == 0 ? "/api/v1/events?size=5" : "/api/v1/agreements?size=5"))
                .handle((r, error) -> classify("read", r, error, answers, new ConcurrentLinkedQueue<>()));
        long[] injectedAt = new long[2];
        int[] exits = {-1, -1};
        boolean[] observed = {false};
        Thread chaos = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep((long) (seconds * 250));
                injectedAt[0] = System.nanoTime();
                faultWindow.set(true);
                exits[0] = fault.inject().run();
                // the fault must be seen in effect, not only asked for
                long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (!observed[0] && System.nanoTime() < until) {
                    observed[0] = fault.inEffect().holds();
                    if (!observed[0]) {
                        Thread.sleep(100);
                    }
                }
                long rest = (long) (seconds * 250) - (System.nanoTime() - injectedAt[0]) / 1_000_000;
                Thread.sleep(Math.max(0, rest));
                faultWindow.set(false);
                exits[1] = fault.undo().run();
                injectedAt[1] = System.nanoTime();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // the reads' schedule gets a thread of its own: on the common pool (one thread on 2 cores) it
        // held the only worker while the HTTP client completed answers there, and every answer of the
        // run waited until the schedule gave up (measured: 130 s instead of 10 s)
        CompletableFuture<Load.Result> reads = new CompletableFuture<>();
        Thread.ofPlatform().name("fault-reads").start(() -> {
            try {
                reads.complete(Load.fixedRate(fault.name() + ": reads through the gateway", 20, seconds, read));
            } catch (Throwable e) {
                reads.completeExceptionally(e);
            }
        });
        Load.Result writes = Load.fixedRate(fault.name() + ": registrations", smoke ? 20 : 40, seconds, write);
        reads.join();
        chaos.join();
        double recovery = recover();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("injectExit", exits[0]);
        figures.put("undoExit", exits[1]);
        figures.put("faultObserved", observed[0]);
        figures.put("writesSent", writes.requests());
        figures.put("writesDuringFault", writesDuringFault.get());
        figures.put("writesAccepted", accepted.size());
        figures.put("answers", new java.util.TreeMap<>(answers));
        figures.put("faultSeconds", (injectedAt[1] - injectedAt[0]) / 1e9);
        figures.put("recoverySeconds", recovery);
        int answered = answers.entrySet().stream()
                .filter(a -> a.getKey().startsWith("write "))
                .mapToInt(a -> a.getValue().get())
                .sum();
        figures.put("writesAnswered", answered);
        reconcile(new ArrayList<>(accepted), figures);
        return new Outcome(fault, figures, FaultVerdict.of(figures), null);
    }

    /** 2xx accepted; 503 problem+json fine; a 500, another 5xx or a failed connection is not. */
    private static Integer classify(
            String what,
            HttpResponse<String> r,
            Throwable error,
            Map<String, AtomicInteger> answers,
            Queue<UUID> accepted) {
        String key;
        if (error != null) {
            key = what + " connection failed";
        } else if (r.statusCode() == 503) {
            boolean problem = r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            key = what + " 503" + (problem ? " problem+json" : " (not problem+json)");
        } else {
            key = what + " " + r.statusCode();
        }
        answers.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        if (r != null && r.statusCode() == 201) {
            try {
                accepted.add(
                        UUID.fromString(Api.JSON.readTree(r.body()).get("id").asText()));
            } catch (Exception e) {
                answers.computeIfAbsent(what + " 201 without an id", k -> new AtomicInteger())
                        .incrementAndGet();
            }
        }
        return r == null ? 599 : r.statusCode();
    }

    /** Seconds until the gateway and every service are ready and a registration is accepted again (NaN: not within 120 s). */
    private double recover() throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofSeconds(120).toNanos()) {
            try {
                boolean ready =
                        http.send("GET", gateway + "/q/health/ready", null).statusCode() == 200
                                && http.send("GET", gateway + "/api/v1/events?size=1", null)
                                                .statusCode()
                                        == 200
                                && http.send("GET", gateway + "/api/v1/agreements?size=1", null)
                                                .statusCode()
                                        == 200
                                && http.send(
                                                        "POST",
                                                        gateway + "/api/v1/organizations",
                                                        Bench.organization("chaos-probe-" + UUID.randomUUID()))
                                                .statusCode()
                                        == 201;
                if (ready) {
                    return (System.nanoTime() - start) / 1e9;
                }
            } catch (Exception notYet) {
                // still down
            }
            Thread.sleep(250);
        }
        return Double.NaN;
    }

    /** The ledger against the databases, waiting up to two minutes for the consumers to catch up. */
    private void reconcile(List<UUID> accepted, Map<String, Object> figures) throws Exception {
        Object[] ids = accepted.stream().map(UUID::toString).toArray();
        long stored = count("alliance_members", "select count(*) from organization where id::text = any(?)", ids);
        List<String> eventIds = new ArrayList<>();
        try (Connection c = Bench.db("alliance_members");
                PreparedStatement ps = c.prepareStatement(
                        "select event_id::text from outbox_event where event_type like '%organization.registered%' and event_key = any(?)")) {
            ps.setArray(1, c.createArrayOf("varchar", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    eventIds.add(rs.getString(1));
                }
            }
        }
        figures.put("acceptedInMembersDb", stored);
        figures.put("registeredEvents", eventIds.size());
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        for (String consumer : List.of("events", "agreements")) {
            long applications;
            long distinct;
            long replica;
            do {
                // the apply log has a row per application and no key on the event id: a duplicate would show
                long[] applied = counts(
                        "alliance_" + consumer,
                        "select count(*), count(distinct event_id) from inbox_apply_log where event_id = any(?)",
                        eventIds.toArray());
                applications = applied[0];
                distinct = applied[1];
                replica = count(
                        "alliance_" + consumer,
                        "select count(*) from organization_replica where id::text = any(?)",
                        ids);
                if (distinct == eventIds.size() && replica == accepted.size()) {
                    break;
                }
                Thread.sleep(500);
            } while (System.nanoTime() < deadline);
            figures.put(consumer + "Consumed", distinct);
            figures.put(consumer + "AppliedTwice", applications - distinct);
            figures.put(consumer + "ReplicaRows", replica);
        }
        figures.put(
                "lost",
                accepted.size()
                        - Math.min(stored, Math.min((long) figures.get("eventsConsumed"), (long)
                                figures.get("agreementsConsumed"))));
    }

    private static long count(String database, String sql, Object[] ids) throws Exception {
        return counts(database, sql, ids)[0];
    }

    /** The counts in the one row {@code sql} answers, its parameter bound to {@code ids}. */
    private static long[] counts(String database, String sql, Object[] ids) throws Exception {
        try (Connection c = Bench.db(database);
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("varchar", ids));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long[] counts = new long[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = rs.getLong(i + 1);
                }
                return counts;
            }
        }
    }
}
