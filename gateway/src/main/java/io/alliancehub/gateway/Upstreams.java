package io.alliancehub.gateway;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The services behind the gateway, each with its address, timeout and circuit breaker (Vert.x). */
@ApplicationScoped
public class Upstreams {

    public record Target(String name, String host, int port, boolean ssl, long timeoutMillis, CircuitBreaker breaker) {}

    private final Map<String, Target> byName = new LinkedHashMap<>();
    private final Map<String, Target> bySegment = new LinkedHashMap<>();
    /** Connections the gateway keeps open to one service at most, over all its event loops. */
    static final int MAX_CONNECTIONS_PER_SERVICE = 100;

    private final Vertx vertx;
    private final HttpClientOptions clientOptions;
    /**
     * One client per event loop. Vert.x 4's pool lends an idle connection to a caller on any event loop, while the
     * connection lives on the loop that opened it; a request from another loop then crosses threads twice (its
     * write to the connection's loop, the answer back to the caller's). A client used from one loop only opens its
     * connections on that loop, so a proxied request stays on the thread that received it.
     */
    private final Map<Thread, HttpClient> perEventLoop = new ConcurrentHashMap<>();
    /** For callers off the event loops (the readiness check runs on a worker thread). */
    private final HttpClient offLoop;

    @Inject
    public Upstreams(Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        // each event loop's client has its own pool, so the cap is shared out between the loops
        clientOptions = new HttpClientOptions()
                .setMaxPoolSize(poolSizePerLoop(eventLoops(vertx)))
                .setKeepAlive(true)
                .setConnectTimeout(1000);
        offLoop = vertx.createHttpClient(clientOptions);
        config.upstreams().forEach((name, u) -> {
            URI uri = URI.create(u.url());
            boolean ssl = "https".equalsIgnoreCase(uri.getScheme());
            int port = uri.getPort() > 0 ? uri.getPort() : ssl ? 443 : 80;
            CircuitBreaker breaker = CircuitBreaker.create(
                    "upstream-" + name,
                    vertx,
                    new CircuitBreakerOptions()
                            .setMaxFailures(config.breaker().failures())
                            .setTimeout(-1)
                            // no per-call statistics and no event-bus publication every 2 s: nothing reads them, and
                            // they were work on every proxied request (the failure count that opens it is separate)
                            .setNotificationAddress(null)
                            .setResetTimeout(config.breaker().reset().toMillis()));
            byName.put(
                    name, new Target(name, uri.getHost(), port, ssl, u.timeout().toMillis(), breaker));
        });
        config.routes().forEach((segment, name) -> {
            Target t = byName.get(name);
            if (t == null) {
                throw new IllegalStateException("gateway.routes." + segment + " names unknown upstream " + name);
            }
            bySegment.put(segment, t);
        });
    }

    /** The service owning {@code /api/v1/<segment>/…}. */
    public Optional<Target> forSegment(String segment) {
        return Optional.ofNullable(bySegment.get(segment));
    }

    public Map<String, Target> all() {
        return byName;
    }

    /** The HTTP client for the calling thread: its event loop's own, else the one for other threads. */
    public HttpClient client() {
        if (!Context.isOnEventLoopThread()) {
            return offLoop;
        }
        return perEventLoop.computeIfAbsent(Thread.currentThread(), loop -> vertx.createHttpClient(clientOptions));
    }

    /** The pool size of each event loop's client: the cap shared out, rounded down, at least one. */
    static int poolSizePerLoop(int eventLoops) {
        return Math.max(1, MAX_CONNECTIONS_PER_SERVICE / Math.max(1, eventLoops));
    }

    int poolSizePerLoop() {
        return clientOptions.getMaxPoolSize();
    }

    /** The event loops Vert.x runs (the clients' count; the test reads it too). */
    static int eventLoops(Vertx vertx) {
        int loops = 0;
        for (var ignored : vertx.nettyEventLoopGroup()) {
            loops++;
        }
        return loops;
    }

    @PreDestroy
    void close() {
        perEventLoop.values().forEach(HttpClient::close);
        offLoop.close();
    }
}
