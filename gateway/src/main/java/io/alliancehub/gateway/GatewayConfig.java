package io.alliancehub.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** gateway settings ({@code gateway.*}). */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services by name, e.g. {@code members}: where they answer. */
    Map<String, Upstream> upstreams();

    /** First path segment after {@code /api/v1/} → service name, e.g. {@code organizations=members}. */
    Map<String, String> routes();

    /** Requests per minute per client (token subject, else client IP), by role. */
    RateLimits rateLimit();

    Breaker breaker();

    /** Requests with a larger Content-Length are refused with 413 before reaching a service. */
    @WithDefault("20971520")
    long maxBodyBytes();

    /**
     * Request bodies up to this size are read whole before the service is called, so a client that
     * sends slowly holds only its own connection, never one to a service; larger ones (imports)
     * are streamed.
     */
    @WithDefault("1048576")
    long bufferedBodyBytes();

    /**
     * Bodies of requests without a token are refused beyond this size (413), whether declared or chunked: the only
     * writes open to anonymous callers are small (a reminder's opt-out link), and a stranger must not make the
     * gateway hold megabytes.
     */
    @WithDefault("16384")
    long anonymousMaxBodyBytes();

    /**
     * Path prefixes where a caller without a token may write (POST, PUT, PATCH, DELETE): links in e-mail that act
     * by themselves, such as a reminder's opt-out link. Everything else needs a token to write.
     */
    @WithDefault("/api/v1/notifications/opt-outs/")
    List<String> anonymousWritePaths();

    /** Longer request URIs are refused with 414 (the services' request line is at most 4096 bytes). */
    @WithDefault("4000")
    int maxUriLength();

    /** The server URL written into the merged spec (the gateway's public address, or "/"). */
    @WithDefault("/")
    String publicUrl();

    interface Upstream {
        /** Base URL, e.g. http://127.0.0.1:8081 (no path). */
        String url();

        /** How long a response may keep the gateway waiting (idle time) before it answers 504. */
        @WithDefault("10s")
        Duration timeout();
    }

    interface RateLimits {
        @WithDefault("120")
        int anonymous();

        @WithDefault("600")
        int member();

        @WithDefault("1200")
        int partner();

        @WithDefault("1200")
        int admin();

        /** A gate device scanning tickets: a burst of arrivals through one entrance. */
        @WithDefault("1200")
        int checkin();
    }

    interface Breaker {
        /** Failures in a row (connection refused, timeout, 502–504; within 10 s) that open an upstream's breaker. */
        @WithDefault("5")
        int failures();

        /** How long an open breaker answers 503 at once before letting a trial request through. */
        @WithDefault("5s")
        Duration reset();
    }
}
