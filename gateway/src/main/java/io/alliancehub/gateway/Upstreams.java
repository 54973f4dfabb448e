package io.alliancehub.gateway;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
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

/** The services behind the gateway, each with its address, timeout and circuit breaker (Vert.x). */
@ApplicationScoped
public class Upstreams {

    public record Target(String name, String host, int port, boolean ssl, long timeoutMillis, CircuitBreaker breaker) {}

    private final Map<String, Target> byName = new LinkedHashMap<>();
    private final Map<String, Target> bySegment = new LinkedHashMap<>();
    private final HttpClient client;

    @Inject
    public Upstreams(Vertx vertx, GatewayConfig config) {
        client = vertx.createHttpClient(
                new HttpClientOptions().setMaxPoolSize(100).setKeepAlive(true).setConnectTimeout(1000));
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

    public HttpClient client() {
        return client;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
