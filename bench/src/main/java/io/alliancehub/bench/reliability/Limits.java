package io.alliancehub.bench.reliability;

import io.alliancehub.bench.Load;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The suite's limits hold and answer in problem+json: page size, body size (service and gateway,
 * declared and chunked), import size, header size, the per-client request rate, and slow clients
 * that trickle their request while others are served.
 */
final class Limits {

    record Check(String what, Set<Integer> expected, int status, boolean problemJson, String detail) {
        boolean ok() {
            return expected.contains(status) && (status < 400 || problemJson || status == 431);
        }
    }

    final List<Check> checks = new ArrayList<>();
    final Map<String, Object> slowClients = new LinkedHashMap<>();

    void run(Api api, String admin, boolean smoke) throws Exception {
        check(api, "page size 100,000", Set.of(400), "GET", "/api/v1/organizations?size=100000", admin, null, null);
        check(api, "page size 0", Set.of(400), "GET", "/api/v1/organizations?size=0", admin, null, null);
        check(api, "page -1", Set.of(400), "GET", "/api/v1/organizations?page=-1", admin, null, null);
        check(
                api,
                "2 MiB JSON body to a service (limit 1 MiB)",
                Set.of(413),
                "POST",
                "/api/v1/organizations",
                admin,
                "application/json",
                ("{\"name\": {\"en\": \"" + "A".repeat(2 * 1024 * 1024) + "\"}}").getBytes());
        check(
                api,
                "21 MiB body at the gateway (limit 20 MiB)",
                Set.of(413),
                "POST",
                "/api/v1/organizations/import?dryRun=true",
                admin,
                "text/csv",
                new byte[21 * 1024 * 1024]);
        // the same well-formed file at the limit passes, so the 400 one row later is the limit's, not the file's
        check(
                api,
                "import of 5,000 well-formed rows (dry run, at the limit)",
                Set.of(200),
                "POST",
                "/api/v1/organizations/import?dryRun=true",
                admin,
                "text/csv; charset=UTF-8",
                csvRows(5_000));
        check(
                api,
                "import of 5,001 rows (limit 5,000)",
                Set.of(400),
                "POST",
                "/api/v1/organizations/import?dryRun=true",
                admin,
                "text/csv; charset=UTF-8",
                csvRows(5_001));
        Check tooMany = checks.get(checks.size() - 1);
        if (!tooMany.detail().contains("at most 5000 rows")) {
            checks.set(
                    checks.size() - 1,
                    new Check(
                            tooMany.what() + ": refused for another reason than the limit",
                            Set.of(400),
                            -1,
                            tooMany.problemJson(),
                            tooMany.detail()));
        }
        chunked(api, admin);
        check(
                api,
                "20 KiB header (limit 16 KiB)",
                Set.of(431, 400),
                "GET",
                "/api/v1/taxonomy",
                null,
                null,
                null,
                Map.of("X-Filler", "x".repeat(20 * 1024)));
        rate(api);
        slowClients(api, admin, smoke);
    }

    private void check(
            Api api,
            String what,
            Set<Integer> expected,
            String method,
            String path,
            String token,
            String type,
            byte[] body)
            throws Exception {
        check(api, what, expected, method, path, token, type, body, Map.of());
    }

    private void check(
            Api api,
            String what,
            Set<Integer> expected,
            String method,
            String path,
            String token,
            String type,
            byte[] body,
            Map<String, String> extra)
            throws Exception {
        Map<String, String> h = new LinkedHashMap<>(extra);
        h.put("Accept", "application/json");
        if (type != null) {
            h.put("Content-Type", type);
        }
        try {
            Api.Answer a = api.call(method, path, token, h, body);
            checks.add(new Check(what, expected, a.status(), a.isProblem(), HostileInput.abbreviate(a.body())));
        } catch (IOException closed) {
            checks.add(
                    new Check(what, expected, -1, false, "connection closed before an answer: " + closed.getMessage()));
        }
    }

    /** A body without Content-Length (chunked) beyond the gateway's 20 MiB: cut off while streaming. */
    private void chunked(Api api, String admin) throws Exception {
        byte[] chunk = new byte[1024 * 1024];
        HttpRequest r = HttpRequest.newBuilder(URI.create(api.base + "/api/v1/organizations/import?dryRun=true"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                    long left = 25L * 1024 * 1024;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'a' : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(Math.min(len, chunk.length), left);
                        left -= n;
                        java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                        return n;
                    }
                }))
                .build();
        try (HttpClient c =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> a = c.send(r, HttpResponse.BodyHandlers.ofString());
            String type = a.headers().firstValue("Content-Type").orElse("");
            checks.add(new Check(
                    "25 MiB chunked body at the gateway (limit 20 MiB)",
                    Set.of(413),
                    a.statusCode(),
                    type.startsWith("application/problem+json"),
                    HostileInput.abbreviate(a.body())));
        } catch (IOException closed) {
            // the gateway may answer 413 and close while the client is still sending: the client sees a reset
            checks.add(new Check(
                    "25 MiB chunked body at the gateway (limit 20 MiB)",
                    Set.of(413, -1),
                    -1,
                    false,
                    "connection closed while sending: " + closed.getMessage()));
        }
    }

    /** An anonymous client (limit 120/min by IP) sends 200 requests at once: the excess gets 429 + Retry-After. */
    private void rate(Api api) throws Exception {
        HttpClient c =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            answers.add(c.sendAsync(
                    HttpRequest.newBuilder(URI.create(api.base + "/api/v1/taxonomy"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        int ok = 0;
        int limited = 0;
        boolean retryAfter = true;
        boolean problem = true;
        for (CompletableFuture<HttpResponse<String>> f : answers) {
            HttpResponse<String> a = f.get();
            if (a.statusCode() == 200) {
                ok++;
            } else if (a.statusCode() == 429) {
                limited++;
                retryAfter &= a.headers().firstValue("Retry-After").isPresent();
                problem &= a.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            }
        }
        checks.add(new Check(
                "200 anonymous requests at once (limit 120/min)",
                Set.of(429),
                limited > 0 && retryAfter ? 429 : 200,
                problem,
                ok + " served, " + limited + " answered 429"
                        + (retryAfter ? " with Retry-After" : " WITHOUT Retry-After")));
    }

    /**
     * Slow clients: sockets that send half a request line, then one byte a second, and others that
     * declare a body and trickle it; meanwhile a normal client reads at a fixed rate. The event-loop
     * gateway must keep serving it: no errors, and a median read under {@link #SLOW_CLIENTS_P50_MS}
     * (a read path that queues behind the load shows as a median of seconds long before it errors).
     */
    static final double SLOW_CLIENTS_P50_MS = 1000;

    private void slowClients(Api api, String admin, boolean smoke) throws Exception {
        URI base = URI.create(api.base);
        int count = smoke ? 50 : 300;
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 2000);
                OutputStream out = s.getOutputStream();
                out.write((i % 2 == 0
                                ? "GET /api/v1/organizations?q="
                                : "POST /api/v1/organizations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + admin
                                        + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"name\": ")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                sockets.add(s);
            }
            Thread trickle = Thread.ofVirtual().start(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        for (Socket s : sockets) {
                            s.getOutputStream().write('a');
                        }
                        Thread.sleep(1000);
                    }
                } catch (Exception stopped) {
                    // the test is over, or the server closed a socket
                }
            });
            io.alliancehub.bench.Http http = new io.alliancehub.bench.Http(admin);
            Load.Result r = Load.fixedRate(
                    "reads while " + count + " slow clients trickle",
                    50,
                    smoke ? 3 : 15,
                    () -> http.get(api.base + "/api/v1/organizations?size=5"));
            trickle.interrupt();
            slowClients.put("slowConnections", count);
            slowClients.put("reads", r.requests());
            slowClients.put("readErrors", r.errors());
            slowClients.put("p50ms", r.p(50));
            slowClients.put("p99ms", r.p(99));
            checks.add(new Check(
                    count + " slow clients trickling; normal reads at 50/s",
                    Set.of(200),
                    r.errors() == 0 && r.p(50) < SLOW_CLIENTS_P50_MS ? 200 : 503,
                    true,
                    r.requests() + " reads, " + r.errors() + " errors, p50 " + String.format("%.1f", r.p(50))
                            + " ms (limit " + String.format("%.0f", SLOW_CLIENTS_P50_MS) + "), p99 "
                            + String.format("%.1f", r.p(99)) + " ms"));
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
    }

    private static byte[] csvRows(int n) {
        // every column a row needs (the import refuses a file without sector or tier before counting rows)
        StringBuilder b = new StringBuilder("nameZh,nameEn,sector,country,tier\n");
        for (int i = 0; i < n; i++) {
            b.append("机构").append(i).append(",Org ").append(i).append(",ENTERPRISE,CN,MEMBER\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    long failures() {
        return checks.stream().filter(c -> !c.ok()).count();
    }
}
