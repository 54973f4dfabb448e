package io.alliancehub.bench.reliability;

import io.alliancehub.bench.Bench;
import io.alliancehub.bench.Http;
import io.alliancehub.bench.LocalSuite;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ./alliance chaos [scenario…]}: the reliability and security checks against the running suite
 * on 127.0.0.1, written to bench/RELIABILITY.md and bench/reliability.json. Exits 1 when anything
 * was lost, leaked, accepted that should not be, or answered 500.
 *
 * <p>Scenarios: {@code authz} (the authorisation matrix and object-level cases), {@code privacy},
 * {@code hostile} (OpenAPI-driven hostile input), {@code limits}, and the faults {@code broker},
 * {@code consumer}, {@code postgres}, {@code upstream}, each injected and undone as calls on the
 * {@link LocalSuite} ({@link Faults.Fault#named}), and {@code webhooks} (a failing receiver and
 * notifications-service killed mid-delivery, {@link WebhookFault}).
 */
public final class Reliability {

    static final List<String> SCENARIOS =
            List.of("authz", "privacy", "hostile", "limits", "broker", "consumer", "postgres", "upstream", "webhooks");

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } finally {
            // a run that failed with an exception would otherwise wait on the load client's threads forever
            Http.closeLoadClient();
        }
    }

    private static void run(String[] args) throws Exception {
        List<String> chosen = args.length == 0 ? SCENARIOS : Arrays.asList(args);
        for (String s : chosen) {
            if (!SCENARIOS.contains(s)) {
                System.err.println("unknown scenario " + s + "; known: " + SCENARIOS);
                System.exit(2);
            }
        }
        boolean smoke = Boolean.parseBoolean(Bench.env("BENCH_SMOKE", "false"));
        Path out = Path.of(Bench.env("BENCH_OUT", "bench"));
        String gateway = Bench.env("BENCH_GATEWAY", "http://127.0.0.1:8080");
        LocalSuite suite = LocalSuite.fromEnvironment();
        Tokens tokens = new Tokens(suite.minter());
        Api api = new Api(gateway);
        String admin = tokens.admin("chaos-admin");
        ReliabilityReport report = new ReliabilityReport(smoke);
        // the limits' reads and the faults' reconciliations query tables earlier runs may have filled
        Bench.analyzeWhereNoAutovacuum();

        Fixtures fixtures = null;
        List<Operations.Op> ops = List.of();
        if (chosen.stream().anyMatch(s -> List.of("authz", "privacy", "hostile").contains(s))) {
            System.out.println("== fixtures");
            fixtures = Fixtures.create(api, admin, tokens);
            ops = Operations.load(gateway + "/openapi.json");
            System.out.println(
                    "  " + fixtures.ids.size() + " fixtures; " + ops.size() + " operations in the merged spec");
        }
        for (String s : chosen) {
            System.out.println("== " + s);
            switch (s) {
                case "authz" -> {
                    AccessMatrix matrix = new AccessMatrix();
                    matrix.run(api, ops, fixtures, tokens);
                    ObjectLevel objects = new ObjectLevel();
                    objects.run(api, fixtures, tokens);
                    report.matrix(matrix, objects);
                }
                case "privacy" -> {
                    Privacy privacy = new Privacy();
                    privacy.run(api, fixtures, tokens, Bench.env("ALLIANCE_KAFKA_BOOTSTRAP", "127.0.0.1:9092"));
                    report.privacy(privacy);
                }
                case "hostile" -> {
                    Map<String, String> before = quiet();
                    HostileInput hostile = new HostileInput();
                    hostile.run(api, ops, fixtures, admin, smoke);
                    Thread.sleep(1500);
                    report.hostile(hostile, changedTables(before, snapshot()));
                }
                case "limits" -> {
                    Limits limits = new Limits();
                    limits.run(api, admin, smoke);
                    report.limits(limits);
                }
                case "webhooks" ->
                    report.fault(WebhookFault.run(
                            suite, tokens, gateway, Bench.env("BENCH_MEMBERS", "http://127.0.0.1:8081"), admin, smoke));
                default -> {
                    Faults faults = new Faults(gateway, Bench.env("BENCH_MEMBERS", "http://127.0.0.1:8081"), admin);
                    report.fault(faults.run(Faults.Fault.named(s, suite), smoke));
                }
            }
            System.out.println("  " + report.lastLine());
        }
        report.write(out, OffsetDateTime.now().toString());
        System.out.println("report: " + out.resolve("RELIABILITY.md") + " — "
                + (report.failures() == 0
                        ? "nothing lost, leaked or let through"
                        : report.failures() + " failed checks"));
        System.exit(report.failures() == 0 ? 0 : 1);
    }

    /** A snapshot once nothing changes any more (the consumers have applied what the fixtures published). */
    private static Map<String, String> quiet() throws Exception {
        Map<String, String> last = snapshot();
        for (int i = 0; i < 30; i++) {
            Thread.sleep(1000);
            Map<String, String> now = snapshot();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /** Per table of each service database: row count and newest row version (xmin), which any insert or update moves. */
    static Map<String, String> snapshot() throws Exception {
        Map<String, String> tables = new TreeMap<>();
        for (String db : Bench.DATABASES) {
            try (Connection c = Bench.db(db);
                    Statement st = c.createStatement()) {
                List<String> names = new ArrayList<>();
                try (ResultSet rs =
                        st.executeQuery("select tablename from pg_tables where schemaname = current_schema()")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                for (String t : names) {
                    try (ResultSet rs = st.executeQuery(
                            "select count(*) || '/' || coalesce(max(xmin::text::bigint), 0) from \"" + t + "\"")) {
                        rs.next();
                        tables.put(db + "." + t, rs.getString(1));
                    }
                }
            }
        }
        return tables;
    }

    static List<String> changedTables(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((t, v) -> {
            if (!v.equals(before.get(t))) {
                changed.add(t + " (" + before.get(t) + " → " + v + ")");
            }
        });
        return changed;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
