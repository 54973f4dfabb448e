package io.alliancehub.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP servers standing in for members, events, agreements and notifications behind the gateway under
 * test. Each answers /q/health/ready, and echoes every other request as JSON (which service, the
 * method, URI, headers and body) with the status asked for in {@code ?status=}, after the delay asked for
 * in {@code ?delayMs=}. It counts the requests that reached it ({@link #hits}), so a test can tell an
 * answer the service gave from one the gateway gave in its place. A server can be stopped and started
 * again on its port, to play a service that goes down and comes back.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    static final Vertx VERTX = Vertx.vertx();
    static final Map<String, Integer> PORTS = new ConcurrentHashMap<>();
    private static final Map<String, HttpServer> SERVERS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();

    /** How many proxied requests (not health checks) have reached the service's stub. */
    static int hits(String service) {
        return HITS.computeIfAbsent(service, s -> new AtomicInteger()).get();
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String service : new String[] {"members", "events", "agreements", "notifications"}) {
            start(service, 0);
            config.put("gateway.upstreams." + service + ".url", "http://127.0.0.1:" + PORTS.get(service));
        }
        return config;
    }

    static void start(String service, int port) {
        HttpServer server = VERTX.createHttpServer().requestHandler(req -> {
            if (req.path().equals("/q/health/ready")) {
                req.response().end("{\"status\":\"UP\"}");
                return;
            }
            HITS.computeIfAbsent(service, s -> new AtomicInteger()).incrementAndGet();
            req.body().onSuccess(body -> {
                JsonObject headers = new JsonObject();
                // a header sent twice shows as both values, comma-separated (a test can see the duplicate)
                req.headers().forEach((k, v) -> {
                    String name = k.toLowerCase();
                    headers.put(name, headers.containsKey(name) ? headers.getString(name) + ", " + v : v);
                });
                JsonObject echo = new JsonObject()
                        .put("service", service)
                        .put("method", req.method().name())
                        .put("uri", req.uri())
                        .put("headers", headers)
                        .put("body", body.toString());
                int status = req.getParam("status") == null ? 200 : Integer.parseInt(req.getParam("status"));
                long delay = req.getParam("delayMs") == null ? 0 : Long.parseLong(req.getParam("delayMs"));
                Runnable answer = () -> req.response()
                        .setStatusCode(status)
                        .putHeader("Content-Type", "application/json")
                        .putHeader("ETag", "\"7\"")
                        .end(echo.encode());
                if (delay > 0) {
                    VERTX.setTimer(delay, t -> answer.run());
                } else {
                    answer.run();
                }
            });
        });
        try {
            server.listen(port, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("stub " + service + " could not listen on " + port, e);
        }
        SERVERS.put(service, server);
        PORTS.put(service, server.actualPort());
    }

    static void stop(String service) {
        try {
            SERVERS.remove(service)
                    .close()
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void restart(String service) {
        start(service, PORTS.get(service));
    }

    @Override
    public void stop() {
        VERTX.close();
    }
}
