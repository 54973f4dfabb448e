package io.alliancehub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The database's own rate for the statements a scenario makes the service run: PostgreSQL's pgbench with a
 * script of those statements, prepared, at a given number of clients, on this machine and in this run. It is the
 * limit a service's rate is a share of.
 */
public final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private PgBench() {}

    /** pgbench on the PATH, else the newest in /usr/lib/postgresql/{version}/bin. */
    static Optional<Path> find() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "pgbench");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        Path lib = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(lib)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(lib)) {
            return versions.map(v -> v.resolve("bin/pgbench"))
                    .filter(Files::isExecutable)
                    .max(Comparator.comparing(p -> versionOf(p.getParent().getParent())));
        }
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A pgbench script kept in bench/src/main/resources/baselines. */
    static String script(String name) throws IOException {
        try (var in = PgBench.class.getResourceAsStream("/baselines/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no baseline script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The "tps = … (without initial connection time)" figure of pgbench's output; NaN when it has none. */
    static double tps(String output) {
        Matcher m = TPS.matcher(output);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /**
     * Runs {@code script} against {@code database} as its service's role for {@code seconds} with {@code clients}
     * connections; {@code variables} are pgbench's {@code -D} settings. Transactions per second, NaN when pgbench is
     * missing or failed (its output is printed).
     */
    public static double run(String database, String script, Map<String, String> variables, int clients, int seconds)
            throws Exception {
        return run(database, script, variables, clients, List.of("-T", Integer.toString(seconds)), null);
    }

    /**
     * As {@link #run(String, String, Map, int, int)}, for a {@code length} of pgbench's own ({@code -T seconds} or
     * {@code -t transactions per client}), with {@code pgOptions} (libpq's PGOPTIONS, for example a search_path)
     * when not null.
     */
    public static double run(
            String database,
            String script,
            Map<String, String> variables,
            int clients,
            List<String> length,
            String pgOptions)
            throws Exception {
        Optional<Path> pgbench = find();
        if (pgbench.isEmpty()) {
            System.out.println("  (pgbench not found: the database's own rate is not measured)");
            return Double.NaN;
        }
        Path file = Files.createTempFile("alliance-bench-", ".sql");
        try {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(
                    pgbench.get().toString(),
                    "-n",
                    "-M",
                    "prepared",
                    "-c",
                    Integer.toString(clients),
                    "-j",
                    Integer.toString(Math.min(clients, Runtime.getRuntime().availableProcessors())),
                    "-h",
                    Bench.env("ALLIANCE_DB_HOST", "127.0.0.1"),
                    "-p",
                    Bench.env("ALLIANCE_DB_PORT", "5432"),
                    "-U",
                    database,
                    "-f",
                    file.toString()));
            command.addAll(length);
            variables.forEach((k, v) -> command.addAll(List.of("-D", k + "=" + v)));
            command.add(database);
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("PGPASSWORD", Bench.env("ALLIANCE_DB_PASSWORD", ""));
            if (pgOptions != null) {
                pb.environment().put("PGOPTIONS", pgOptions);
            }
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            double tps = tps(output);
            if (code != 0 || Double.isNaN(tps)) {
                System.out.println("  pgbench exited " + code + ":\n" + output);
                return Double.NaN;
            }
            return tps;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
