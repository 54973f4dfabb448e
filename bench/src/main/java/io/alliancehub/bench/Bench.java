package io.alliancehub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * Measures the running suite against its targets (docs/architecture.md) and writes bench/REPORT.md and bench/report.json.
 * Run by {@code ./alliance bench [scenario…]}, which brings the suite up first and passes the
 * addresses and an admin token; talks to 127.0.0.1 only. Every scenario first finds the target's
 * maximum rate (closed loop), then measures at 50% and 80% of it (fixed rate).
 */
public final class Bench {

    static final List<String> SCENARIOS =
            List.of("read", "search", "create", "burst", "checkin", "propagation", "startup", "faults");

    final boolean smoke;
    final double maxSeconds;
    final double rateSeconds;
    final String gateway = env("BENCH_GATEWAY", "http://127.0.0.1:8080");
    final String members = env("BENCH_MEMBERS", "http://127.0.0.1:8081");
    final String events = env("BENCH_EVENTS", "http://127.0.0.1:8082");
    final LocalSuite suite = LocalSuite.fromEnvironment();
    final Http http = new Http(suite.adminToken("bench-admin"));
    final Map<String, Object> report = new LinkedHashMap<>();
    final List<Map<String, Object>> runs = new ArrayList<>();
    final Map<String, Map<String, Object>> targets = new LinkedHashMap<>();
    final Path out;
    /** The closed-loop maximum of creates, once the create scenario has run. */
    double createMax = Double.NaN;

    Bench(boolean smoke, Path out) {
        this.smoke = smoke;
        this.out = out;
        maxSeconds = smoke ? 1 : 8;
        rateSeconds = smoke ? 1 : 15;
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = Boolean.parseBoolean(env("BENCH_SMOKE", "false"));
        List<String> chosen = args.length == 0 ? SCENARIOS : Arrays.asList(args);
        for (String s : chosen) {
            if (!SCENARIOS.contains(s)) {
                System.err.println("unknown scenario " + s + "; known: " + SCENARIOS);
                System.exit(2);
            }
        }
        Bench bench = new Bench(smoke, Path.of(env("BENCH_OUT", "bench")));
        bench.run(chosen);
    }

    void run(List<String> chosen) throws Exception {
        report.put("when", OffsetDateTime.now().toString());
        report.put(
                "machine",
                Map.of(
                        "cores",
                        Runtime.getRuntime().availableProcessors(),
                        "memoryGiB",
                        memoryGiB(),
                        "java",
                        System.getProperty("java.version")));
        report.put("smoke", smoke);
        if (!smoke) {
            warmUp();
        }
        for (String s : chosen) {
            System.out.println("== " + s);
            switch (s) {
                case "read" -> read();
                case "search" -> search();
                case "create" -> create();
                case "burst" -> burst();
                case "checkin" -> checkin();
                case "propagation" -> propagation();
                case "startup" -> startup();
                case "faults" -> faults();
                default -> throw new IllegalStateException(s);
            }
        }
        String upSeconds = env("BENCH_UP_SECONDS", null);
        if (upSeconds != null) {
            target(
                    "up",
                    "`./alliance up` from built jars ≤ 30 s",
                    Double.parseDouble(upSeconds),
                    30,
                    "s",
                    Double.parseDouble(upSeconds) <= 30);
        }
        report.put("runs", runs);
        report.put("targets", targets);
        Report.write(out, report, runs, targets);
        System.out.println("report: " + out.resolve("REPORT.md") + ", " + out.resolve("report.json"));
    }

    // ---- scenarios ------------------------------------------------------------------------------

    /**
     * Reads and creates through the gateway before any measurement: the JIT compiles the suite's hot
     * paths here rather than during whichever scenario runs first (on this machine the first minute
     * after a start is several times slower than the steady state). Not recorded.
     */
    void warmUp() throws Exception {
        UUID id = anOrganization();
        AtomicInteger n = new AtomicInteger();
        System.out.println("== warm-up (not recorded)");
        Load.closedLoop("warm-up reads", 16, 20, () -> http.get(gateway + "/api/v1/organizations/" + id));
        Load.closedLoop(
                "warm-up creates",
                16,
                20,
                () -> http.post(gateway + "/api/v1/organizations", organization("bench-w-" + n.incrementAndGet())));
        Load.closedLoop(
                "warm-up searches",
                16,
                10,
                () -> http.get(gateway + "/api/v1/organizations?q=cell&sector=ENTERPRISE&size=20"));
        settle();
    }

    /**
     * Waits (at most two minutes) until the events of the writes so far are sent and applied: no
     * unsent outbox row in members-service and the consumers' inboxes still for a second. Otherwise
     * the consumers applying a backlog share the 2 cores with the next scenario, and a setup that
     * needs a fresh organisation in a replica fails.
     */
    void settle() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        long before = -1;
        while (System.nanoTime() < deadline) {
            long unsent = count("alliance_members", "select count(*) from outbox_event where published_at is null");
            long applied = count("alliance_events", "select count(*) from inbox_event")
                    + count("alliance_agreements", "select count(*) from inbox_event");
            if (unsent == 0 && applied == before) {
                return;
            }
            before = applied;
            Thread.sleep(1000);
        }
        System.out.println("  (the consumers had not caught up after two minutes; measuring anyway)");
    }

    static long count(String database, String sql) throws Exception {
        try (Connection c = db(database);
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Read one organisation: raw Vert.x + pg-client ceiling, members-service direct, through the gateway. */
    void read() throws Exception {
        UUID id = anOrganization();
        try (RawReadServer raw = new RawReadServer(
                env("ALLIANCE_DB_HOST", "127.0.0.1"),
                Integer.parseInt(env("ALLIANCE_DB_PORT", "5432")),
                "alliance_members",
                "alliance_members",
                env("ALLIANCE_DB_PASSWORD", ""))) {
            Load.Op rawOp = () -> http.get("http://127.0.0.1:" + raw.port() + "/organizations/" + id);
            Load.Op direct = () -> http.get(members + "/api/v1/organizations/" + id);
            Load.Op viaGateway = () -> http.get(gateway + "/api/v1/organizations/" + id);
            double rawMax = max("read raw vert.x+pg", rawOp);
            double directMax = measure("read direct", direct);
            double gatewayMax = measure("read gateway", viaGateway);
            // the gateway hop: both at the same fixed rate, half the direct maximum
            Load.Result d =
                    record(Load.fixedRate("hop: direct @ 50% direct max", directMax * 0.5, rateSeconds, direct));
            Load.Result g =
                    record(Load.fixedRate("hop: gateway @ 50% direct max", directMax * 0.5, rateSeconds, viaGateway));
            double p50 = g.p(50) - d.p(50);
            double p99 = g.p(99) - d.p(99);
            target("gateway hop p50", "adds ≤ 0.5 ms p50 at half the direct maximum", p50, 0.5, "ms", p50 <= 0.5);
            target("gateway hop p99", "adds ≤ 1 ms p99 at half the direct maximum", p99, 1, "ms", p99 <= 1);
            target(
                    "read a member by id",
                    "≥ 25% of the raw Vert.x + pg-client read",
                    directMax / rawMax,
                    0.25,
                    "× raw",
                    directMax / rawMax >= 0.25);
            report.put("readMax", Map.of("raw", rawMax, "direct", directMax, "gateway", gatewayMax));
        }
    }

    /**
     * Search with a filter. A term of three or more letters ({@code cell}, which the trigram index
     * serves) directly and through the gateway; a two-letter term ({@code bo}, which no index can
     * serve: a scan of the whole table) directly. The table's size is reported beside them, because
     * the two-letter search slows as earlier runs' rows accumulate.
     */
    void search() throws Exception {
        // at least a page of matches for the three-letter term, whatever the table held before
        for (int i = 0; i < 40; i++) {
            idOf(http.send(
                    "POST",
                    members + "/api/v1/organizations",
                    organization("Cell Therapy Bench " + UUID.randomUUID())));
        }
        String trigram = "/api/v1/organizations?q=cell&sector=ENTERPRISE&size=20";
        measure("search q=cell direct", () -> http.get(members + trigram));
        measure("search q=cell gateway", () -> http.get(gateway + trigram));
        measure(
                "search q=bo (no index: full scan) direct",
                () -> http.get(members + "/api/v1/organizations?q=bo&sector=ENTERPRISE&size=20"));
        try (Connection c = db("alliance_members");
                PreparedStatement ps = c.prepareStatement(
                        "select count(*), count(*) filter (where search_text like '%cell%') from organization");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            report.put("searchTable", Map.of("organizations", rs.getLong(1), "matchingCell", rs.getLong(2)));
            System.out.printf("  organizations in the table: %d (%d match 'cell')%n", rs.getLong(1), rs.getLong(2));
        }
    }

    void create() throws Exception {
        AtomicInteger n = new AtomicInteger();
        Load.Op direct =
                () -> http.post(members + "/api/v1/organizations", organization("bench-" + n.incrementAndGet()));
        Load.Op viaGateway =
                () -> http.post(gateway + "/api/v1/organizations", organization("bench-g-" + n.incrementAndGet()));
        createMax = measure("create direct (with outbox row)", direct);
        measure("create gateway", viaGateway);
        settle();
    }

    /** 2,000 registrations from 200 concurrent clients for 1,500 seats (smoke: 40 from 10 for 30). */
    void burst() throws Exception {
        int total = smoke ? 40 : 2000;
        int clients = smoke ? 10 : 200;
        int seats = smoke ? 30 : 1500;
        UUID organizer = anOrganization();
        settle();
        String event = idOf(http.send("POST", events + "/api/v1/events", """
                {"title": {"en": "Bench annual meeting"}, "type": "ANNUAL_MEETING", "organizers": ["%s"],
                 "startsAt": "2030-04-13T09:00:00+08:00", "endsAt": "2030-04-13T17:00:00+08:00", "capacity": %d, "visibility": "PUBLIC"}""".formatted(organizer, seats)));
        http.send("POST", events + "/api/v1/events/" + event + "/transitions", "{\"action\": \"PUBLISH\"}");
        http.send("POST", events + "/api/v1/events/" + event + "/transitions", "{\"action\": \"OPEN_REGISTRATION\"}");
        AtomicInteger n = new AtomicInteger();
        long started = System.nanoTime();
        Load.Result r = Load.closedLoop(
                "registration burst (" + total + " from " + clients + " clients)", clients, 600, total, () -> {
                    int i = n.incrementAndGet();
                    return http.post(
                            events + "/api/v1/events/" + event + "/registrations",
                            "{\"attendee\": {\"name\": \"Attendee " + i + "\", \"email\": \"a" + i
                                    + "@bench.example\"}, \"category\": \"GUEST\"}");
                });
        double seconds = (System.nanoTime() - started) / 1e9;
        JsonNode seatsNow =
                json(http.send("GET", events + "/api/v1/events/" + event, null)).get("seats");
        long taken = seatsNow.get("taken").asLong();
        long waitlisted = seatsNow.get("waitlisted").asLong();
        record(r);
        Map<String, Object> burst = new LinkedHashMap<>();
        burst.put("registrations", total);
        burst.put("seats", seats);
        burst.put("confirmed", taken);
        burst.put("waitlisted", waitlisted);
        burst.put("seconds", seconds);
        burst.put("perSecond", total / seconds);
        report.put("burst", burst);
        boolean ok = taken == seats && waitlisted == total - seats;
        target(
                "registration burst",
                total + " from " + clients + " clients for " + seats + " seats: 0 oversold, " + (total - seats)
                        + " waitlisted",
                taken - seats,
                0,
                "oversold (" + waitlisted + " waitlisted)",
                ok);
    }

    /**
     * The door of the annual meeting: 2,000 tickets (smoke: 40) scanned by 4 gate devices in parallel
     * through the gateway (each its own checkin token), as fast as they go. Every scan must check its
     * attendee in (no error, no ALREADY_CHECKED_IN), and the event's count must end at 2,000.
     */
    void checkin() throws Exception {
        int total = smoke ? 40 : 2000;
        int gates = 4;
        UUID organizer = anOrganization();
        settle();
        String event = idOf(http.send("POST", events + "/api/v1/events", """
                {"title": {"en": "Bench annual meeting, the door"}, "type": "ANNUAL_MEETING", "organizers": ["%s"],
                 "startsAt": "2030-04-13T09:00:00+08:00", "endsAt": "2030-04-13T17:00:00+08:00", "capacity": %d, "visibility": "PUBLIC"}""".formatted(organizer, total)));
        http.send("POST", events + "/api/v1/events/" + event + "/transitions", "{\"action\": \"PUBLISH\"}");
        http.send("POST", events + "/api/v1/events/" + event + "/transitions", "{\"action\": \"OPEN_REGISTRATION\"}");
        java.util.Queue<String> tickets = new java.util.concurrent.ConcurrentLinkedQueue<>();
        AtomicInteger n = new AtomicInteger();
        Load.closedLoop("checkin: registering " + total + " attendees (not measured)", 16, 600, total, () -> {
            int i = n.incrementAndGet();
            return http.postForAnswer(
                            events + "/api/v1/events/" + event + "/registrations",
                            "{\"attendee\": {\"name\": \"Attendee " + i + "\", \"email\": \"door" + i
                                    + "@bench.example\"}, \"category\": \"GUEST\"}")
                    .thenApply(r -> {
                        try {
                            tickets.add(json(r).get("ticket").asText());
                        } catch (Exception e) {
                            throw new IllegalStateException("no ticket in " + r.body(), e);
                        }
                        return r.statusCode();
                    });
        });
        List<Http> gateDevices = new ArrayList<>();
        for (int g = 1; g <= gates; g++) {
            gateDevices.add(
                    new Http(suite.minter().token("bench-gate-" + g, "checkin").sign()));
        }
        Map<String, AtomicInteger> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger scanned = new AtomicInteger();
        Load.Result r = record(Load.closedLoop(
                "check-in: " + tickets.size() + " tickets scanned at " + gates + " gates (gateway)",
                gates,
                600,
                tickets.size(),
                () -> {
                    int i = scanned.getAndIncrement();
                    String ticket = tickets.poll();
                    int gate = i % gates;
                    return gateDevices
                            .get(gate)
                            .postForAnswer(
                                    gateway + "/api/v1/events/" + event + "/check-ins",
                                    "{\"ticket\": \"" + ticket + "\", \"gate\": \"Gate " + (gate + 1) + "\"}")
                            .thenApply(answer -> {
                                String outcome;
                                try {
                                    outcome = answer.statusCode() == 200
                                            ? json(answer).get("outcome").asText()
                                            : "HTTP " + answer.statusCode();
                                } catch (Exception e) {
                                    outcome = "unreadable";
                                }
                                outcomes.computeIfAbsent(outcome, k -> new AtomicInteger())
                                        .incrementAndGet();
                                return answer.statusCode();
                            });
                }));
        JsonNode counts = json(http.send("GET", events + "/api/v1/events/" + event + "/check-ins", null));
        long checkedIn = counts.get("checkedIn").asLong();
        Map<String, Object> door = new LinkedHashMap<>();
        door.put("tickets", total);
        door.put("gates", gates);
        door.put("outcomes", new java.util.TreeMap<>(outcomes));
        door.put("checkedIn", checkedIn);
        door.put("scansPerSecond", r.requests() / r.seconds());
        report.put("checkin", door);
        int once = outcomes.getOrDefault("CHECKED_IN", new AtomicInteger()).get();
        target(
                "check-in at the door",
                total + " tickets from " + gates + " gates in parallel: 0 errors, each checked in once",
                r.errors() + (total - once),
                0,
                "errors or tickets not checked in once (" + checkedIn + " checked in; p99 in the run above)",
                r.errors() == 0 && once == total && checkedIn == total);
    }

    /**
     * Commit in members-service → applied in the events and agreements replicas: at the 200 writes/s
     * of the targets (docs/architecture.md), and at half the create maximum this run measured (a rate the writer sustains), so
     * that the pipeline's own latency shows apart from the queueing of an overloaded writer.
     */
    void propagation() throws Exception {
        double target = smoke ? 20 : 200;
        double sustainable = Double.isNaN(createMax) ? (smoke ? 10 : 40) : Math.max(1, Math.floor(createMax * 0.5));
        Map<String, Double> atSustainable =
                propagate(sustainable, "propagation @ " + (int) sustainable + "/s (half the create max)", false);
        Map<String, Double> atTarget = propagate(target, "propagation @ " + (int) target + "/s", true);
        report.put(
                "propagation",
                Map.of("sustainableRate", sustainable, "p99AtSustainable", atSustainable, "p99AtTarget", atTarget));
    }

    /**
     * Writes at {@code rate} for the scenario's time, then the lag of each write's event to each
     * replica; {@code designTarget}: the run is the one the targets judge.
     */
    Map<String, Double> propagate(double rate, String label, boolean designTarget) throws Exception {
        String tag = "prop-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger n = new AtomicInteger();
        Load.Result writes = record(Load.fixedRate(
                label + ": writes",
                rate,
                rateSeconds,
                () -> http.post(members + "/api/v1/organizations", organization(tag + "-" + n.incrementAndGet()))));
        long expected = writes.requests() - writes.errors();
        Map<String, Double> p99s = new LinkedHashMap<>();
        relayLags(label, tag, expected);
        for (String consumer : List.of("events", "agreements")) {
            Histogram h = new Histogram(3_600_000_000L, 3);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            List<Long> lags;
            do {
                lags = lags(consumer, tag);
                Thread.sleep(500);
            } while (lags.size() < expected && System.nanoTime() < deadline);
            lags.forEach(l -> h.recordValue(Math.max(1, l)));
            lagRun(label + ": members → " + consumer + " (commit → applied)", h, lags.size(), expected);
            double p99 = h.getValueAtPercentile(99) / 1000.0;
            p99s.put(consumer, p99);
            if (designTarget) {
                target(
                        "event propagation → " + consumer,
                        "commit → applied: p99 ≤ 50 ms at 200 writes/s",
                        p99,
                        50,
                        "ms p99 (" + lags.size() + "/" + expected + " applied)",
                        p99 <= 50 && lags.size() == expected);
            }
        }
        return p99s;
    }

    /**
     * The relay's share of the propagation: from the event's time to the broker's acknowledgement
     * ({@code published_at}); the rest of each lag is the consumer's poll and its transaction.
     */
    void relayLags(String label, String tag, long expected) throws Exception {
        Histogram h = new Histogram(3_600_000_000L, 3);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long count;
        do {
            h.reset();
            count = 0;
            try (Connection c = db("alliance_members");
                    PreparedStatement ps = c.prepareStatement("""
                    select extract(epoch from (published_at - occurred_at)) * 1000000 from outbox_event
                    where event_type like '%organization.registered%' and payload->'name'->>'en' like ? and published_at is not null""")) {
                ps.setString(1, tag + "-%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        h.recordValue(Math.max(1, rs.getLong(1)));
                        count++;
                    }
                }
            }
            if (count < expected) {
                Thread.sleep(500);
            }
        } while (count < expected && System.nanoTime() < deadline);
        lagRun(label + ": members relay (commit → broker ack)", h, count, expected);
    }

    /** Records a run of event lags (microseconds in {@code h}) and prints it. */
    void lagRun(String name, Histogram h, long count, long expected) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("name", name);
        run.put("events", count);
        run.put("expected", expected);
        run.put("p50ms", h.getValueAtPercentile(50) / 1000.0);
        run.put("p99ms", h.getValueAtPercentile(99) / 1000.0);
        run.put("p999ms", h.getValueAtPercentile(99.9) / 1000.0);
        run.put("maxms", h.getMaxValue() / 1000.0);
        runs.add(run);
        System.out.printf(
                "  %-48s %d/%d  p50 %7.2f  p99 %7.2f  p99.9 %8.2f ms%n",
                name, count, expected, run.get("p50ms"), run.get("p99ms"), run.get("p999ms"));
    }

    /** Microseconds from the event's time (set in the producing transaction) to its inbox row in the consumer. */
    List<Long> lags(String consumer, String tag) throws Exception {
        List<Long> lags = new ArrayList<>();
        Map<String, Long> produced = new LinkedHashMap<>();
        try (Connection c = db("alliance_members");
                PreparedStatement ps = c.prepareStatement("""
                select o.event_id::text, extract(epoch from o.occurred_at) * 1000000 from outbox_event o
                where o.event_type like '%organization.registered%' and o.payload->'name'->>'en' like ?""")) {
            ps.setString(1, tag + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    produced.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        if (produced.isEmpty()) {
            return lags;
        }
        try (Connection c = db("alliance_" + consumer);
                PreparedStatement ps = c.prepareStatement(
                        "select event_id, extract(epoch from received_at) * 1000000 from inbox_event where event_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("varchar", produced.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lags.add(rs.getLong(2) - produced.get(rs.getString(1)));
                }
            }
        }
        return lags;
    }

    /** Each application started afresh beside the running suite: time to ready, RSS after a warm-up. */
    void startup() throws Exception {
        Path root = suite.root();
        Map<String, Object> startup = new LinkedHashMap<>();
        report.put("startup", startup);
        for (String app : List.of("members-service", "events-service", "agreements-service", "gateway")) {
            Path jar = root.resolve(app).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                System.out.println("  " + app + ": not built, skipped");
                continue;
            }
            int port = freePort();
            // started as ./alliance starts it: from the AOT cache it trained, when there is one for this
            // build (a cache older than the jar belongs to an earlier build, which the JVM would reject)
            Path aotFile = root.resolve(".alliance/aot/" + app.replace("-service", "") + ".aot");
            boolean aot = Files.isRegularFile(aotFile)
                    && Files.getLastModifiedTime(aotFile).compareTo(Files.getLastModifiedTime(jar)) > 0;
            List<String> command = new ArrayList<>(List.of("java", "-Xmx384m"));
            if (aot) {
                command.add("-XX:AOTCache=" + aotFile);
            }
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(
                            root.resolve(".alliance/logs/bench-" + app + ".log").toFile());
            pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            // a second instance must not take over the running one's relay or consumers' work
            pb.environment().put("ALLIANCE_OUTBOX_RELAY_ENABLED", "false");
            long started = System.nanoTime();
            Process p = pb.start();
            try {
                double ready = Double.NaN;
                while (System.nanoTime() - started < Duration.ofSeconds(60).toNanos()) {
                    try {
                        if (http.send("GET", "http://127.0.0.1:" + port + "/q/health/ready", null)
                                        .statusCode()
                                == 200) {
                            ready = (System.nanoTime() - started) / 1e9;
                            break;
                        }
                    } catch (IOException notYet) {
                        // not listening yet
                    }
                    Thread.sleep(50);
                }
                String path = app.equals("gateway")
                        ? "/api/v1/taxonomy"
                        : app.equals("members-service")
                                ? "/api/v1/organizations"
                                : app.equals("events-service") ? "/api/v1/events" : "/api/v1/agreements";
                Load.Result warm = Load.closedLoop(
                        "warm-up " + app, 8, smoke ? 1 : 10, () -> http.get("http://127.0.0.1:" + port + path));
                long rssKb = statusKb(p.pid(), "VmRSS");
                // file-backed pages (jars, the AOT cache's mapping) are shared and reclaimable; anonymous ones are the
                // process's own
                long anonKb = statusKb(p.pid(), "RssAnon");
                long fileKb = statusKb(p.pid(), "RssFile");
                Map<String, Object> run = new LinkedHashMap<>();
                run.put("name", "startup " + app);
                run.put("readySeconds", ready);
                run.put("rssMB", rssKb / 1024.0);
                run.put("rssAnonMB", anonKb / 1024.0);
                run.put("rssFileMB", fileKb / 1024.0);
                run.put("warmupRequests", warm.requests());
                run.put("aotCache", aot);
                runs.add(run);
                startup.put(
                        app,
                        String.format(
                                "ready %.2f s, RSS %.0f MB (anonymous %.0f, file-backed %.0f), %s",
                                ready,
                                rssKb / 1024.0,
                                anonKb / 1024.0,
                                fileKb / 1024.0,
                                aot ? "AOT cache" : "no AOT cache"));
                System.out.printf(
                        "  %-48s ready in %.2f s, RSS %.0f MB (anonymous %.0f, file-backed %.0f) after %d warm-up requests (%s)%n",
                        app,
                        ready,
                        rssKb / 1024.0,
                        anonKb / 1024.0,
                        fileKb / 1024.0,
                        warm.requests(),
                        aot ? "AOT cache" : "no AOT cache");
                target("startup " + app, "ready ≤ 2 s", ready, 2, "s", ready <= 2);
                target("RSS " + app, "≤ 250 MB after warm-up", rssKb / 1024.0, 250, "MB", rssKb / 1024.0 <= 250);
            } finally {
                p.destroy();
                p.waitFor();
            }
        }
    }

    /** The broker SIGKILLed mid-load and restarted: writes keep succeeding, every event arrives once. */
    void faults() throws Exception {
        String tag = "fault-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger n = new AtomicInteger();
        double seconds = smoke ? 6 : 20;
        Thread chaos = new Thread(() -> {
            try {
                Thread.sleep((long) (seconds * 250));
                suite.kill("kafka");
                Thread.sleep((long) (seconds * 250));
                suite.alliance("infra", "up");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        chaos.start();
        Load.Result writes = record(Load.fixedRate(
                "writes while the broker is killed and restarted",
                50,
                seconds,
                () -> http.post(members + "/api/v1/organizations", organization(tag + "-" + n.incrementAndGet()))));
        chaos.join();
        long accepted = writes.requests() - writes.errors();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        Map<String, Object> faults = new LinkedHashMap<>();
        faults.put("writesAccepted", accepted);
        faults.put("serverErrors", writes.serverErrors());
        boolean ok = writes.serverErrors() == 0;
        for (String consumer : List.of("events", "agreements")) {
            List<Long> lags;
            do {
                lags = lags(consumer, tag);
                Thread.sleep(500);
            } while (lags.size() < accepted && System.nanoTime() < deadline);
            long applied = appliedTwice(consumer, tag);
            faults.put(consumer + "Applied", lags.size());
            faults.put(consumer + "ReplicaRows", applied);
            ok &= lags.size() == accepted && applied == accepted;
        }
        report.put("faults", faults);
        System.out.println("  " + faults);
        target(
                "faults: broker killed mid-load",
                "0 events lost, 0 applied twice, no 500s",
                accepted - (long) (int) faults.get("eventsApplied"),
                0,
                "lost (of " + accepted + "; " + writes.serverErrors() + " 5xx)",
                ok);
    }

    long appliedTwice(String consumer, String tag) throws Exception {
        try (Connection c = db("alliance_" + consumer);
                PreparedStatement ps =
                        c.prepareStatement("select count(*) from organization_replica where name_en like ?")) {
            ps.setString(1, tag + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Max rate (closed loop), then fixed rate at 50% and 80% of it. */
    double measure(String name, Load.Op op) throws Exception {
        double max = max(name, op);
        record(Load.fixedRate(name + " @ 50% max", max * 0.5, rateSeconds, op));
        record(Load.fixedRate(name + " @ 80% max", max * 0.8, rateSeconds, op));
        return max;
    }

    double max(String name, Load.Op op) throws Exception {
        Load.closedLoop(name + " warm-up", 16, smoke ? 0.5 : 3, op);
        Load.Result r = record(Load.closedLoop(name + " max (32 clients)", 32, maxSeconds, op));
        return r.throughput();
    }

    Load.Result record(Load.Result r) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("name", r.name());
        run.put("offeredPerSecond", Double.isNaN(r.offeredRate()) ? null : r.offeredRate());
        run.put("throughput", r.throughput());
        run.put("requests", r.requests());
        run.put("errors", r.errors());
        run.put("p50ms", r.p(50));
        run.put("p99ms", r.p(99));
        run.put("p999ms", r.p(99.9));
        runs.add(run);
        System.out.printf(
                "  %-48s %8.0f/s  p50 %7.2f  p99 %7.2f  p99.9 %8.2f ms  errors %d%n",
                r.name(), r.throughput(), r.p(50), r.p(99), r.p(99.9), r.errors());
        return r;
    }

    void target(String what, String target, double measured, double limit, String unit, boolean met) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("target", target);
        t.put("measured", measured);
        t.put("limit", limit);
        t.put("unit", unit);
        t.put("ratio", limit == 0 ? null : measured / limit);
        t.put("met", met);
        targets.put(what, t);
    }

    UUID anOrganization() throws Exception {
        return UUID.fromString(
                idOf(http.send("POST", members + "/api/v1/organizations", organization("bench-" + UUID.randomUUID()))));
    }

    public static String organization(String name) {
        return "{\"name\": {\"en\": \"" + name + "\", \"zh\": \"压测"
                + ThreadLocalRandom.current().nextInt(1000) + "\"}, \"sector\": \"ENTERPRISE\","
                + " \"membership\": {\"tier\": \"MEMBER\"}}";
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    static String idOf(HttpResponse<String> r) throws IOException {
        if (r.statusCode() >= 300) {
            throw new IllegalStateException("setup call answered " + r.statusCode() + ": " + r.body());
        }
        return json(r).get("id").asText();
    }

    public static Connection db(String database) throws Exception {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + env("ALLIANCE_DB_HOST", "127.0.0.1") + ":" + env("ALLIANCE_DB_PORT", "5432")
                        + "/" + database,
                database,
                env("ALLIANCE_DB_PASSWORD", ""));
    }

    /** A kB figure of /proc/PID/status (VmRSS, RssAnon, RssFile); -1 when absent. */
    static long statusKb(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    static double memoryGiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0 * 10) / 10.0;
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return Double.NaN;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
