package io.alliancehub.gateway;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The front door's request pipeline for {@code /api/v1/**}: correlation id → URI and size limits → token
 * verification → rate limit → route to the owning service. CORS is Quarkus's filter
 * ({@code quarkus.http.cors.*}) and runs before all of it.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger ACCESS = Logger.getLogger("io.alliancehub.gateway.access");

    @Inject
    GatewayConfig config;

    @Inject
    Authenticator authenticator;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    Upstreams upstreams;

    @Inject
    Proxy proxy;

    @Inject
    MergedOpenApi openApi;

    void routes(@Observes Router router) {
        router.route("/api/v1/*").order(-10).handler(this::handle);
        router.get("/openapi").handler(ctx -> openApi.serve(ctx, wantsJson(ctx)));
        router.get("/openapi.json").handler(ctx -> openApi.serve(ctx, true));
        router.get("/openapi.yaml").handler(ctx -> openApi.serve(ctx, false));
        // anything else the gateway does not serve: a problem, never an HTML page
        router.errorHandler(
                404,
                ctx -> Problems.send(
                        ctx,
                        404,
                        "not-found",
                        "Not found",
                        "no resource at " + ctx.request().path()));
    }

    void eager(@Observes StartupEvent start) {
        openApi.yaml(); // merge the specs at start-up: a broken spec fails the start, not the first reader
    }

    void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        String requestId = RequestIds.of(ctx);
        // the end handler runs outside the request's span: its line gets the trace and span ids the way a
        // service's log lines get them from Quarkus (mdc traceId, spanId), so one grep finds the request everywhere
        SpanContext span = Span.current().getSpanContext();
        ctx.addEndHandler(done -> {
            if (span.isValid()) {
                MDC.put("traceId", span.getTraceId());
                MDC.put("spanId", span.getSpanId());
            }
            try {
                ACCESS.infof(
                        "%s %s %s %d %.1fms request-id=%s",
                        ctx.request().method(),
                        ctx.request().path(),
                        ctx.get("upstream", "-"),
                        ctx.response().getStatusCode(),
                        (System.nanoTime() - started) / 1e6,
                        requestId);
            } finally {
                if (span.isValid()) {
                    MDC.remove("traceId");
                    MDC.remove("spanId");
                }
            }
        });

        if (ctx.request().uri().length() > config.maxUriLength()) {
            Problems.send(
                    ctx,
                    414,
                    "uri-too-long",
                    "URI too long",
                    "the path and query may be at most " + config.maxUriLength()
                            + " characters; send large filters in fewer, shorter parameters");
            return;
        }
        Optional<Authenticator.Client> client;
        try {
            client = authenticator.authenticate(ctx.request().getHeader("Authorization"));
        } catch (ParseException e) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Problems.send(
                    ctx,
                    401,
                    "unauthorized",
                    "Invalid token",
                    "the bearer token is not valid here (signature, issuer or expiry); get a new one");
            return;
        }
        long maxBody = client.isEmpty() ? config.anonymousMaxBodyBytes() : config.maxBodyBytes();
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && parseLong(length) > maxBody) {
            Problems.send(
                    ctx,
                    413,
                    "payload-too-large",
                    "Request body too large",
                    "the body may be at most " + maxBody + " bytes"
                            + (client.isEmpty() ? " without a bearer token" : ""));
            return;
        }
        HttpMethod method = ctx.request().method();
        boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD;
        if (client.isEmpty() && !read && !anonymousWrite(ctx.request().path())) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            Problems.send(
                    ctx,
                    401,
                    "unauthorized",
                    "Authentication required",
                    "only public reads work without a bearer token");
            return;
        }
        if (client.isPresent() && client.get().role().equals("anonymous") && !read) {
            Problems.send(
                    ctx,
                    403,
                    "forbidden",
                    "Forbidden",
                    "the token carries none of the roles admin, member, partner or checkin");
            return;
        }
        String role = client.map(Authenticator.Client::role).orElse("anonymous");
        String key = client.map(Authenticator.Client::key)
                .orElseGet(() -> "ip:"
                        + (ctx.request().remoteAddress() == null
                                ? "unknown"
                                : ctx.request().remoteAddress().hostAddress()));
        RateLimiter.Decision quota = rateLimiter.tryConsume(key, role);
        // every answer tells the client where it stands (IETF RateLimit header fields), not only the 429
        ctx.response()
                .putHeader("RateLimit-Limit", Integer.toString(quota.limit()))
                .putHeader("RateLimit-Remaining", Long.toString(quota.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(quota.reset()));
        if (!quota.allowed()) {
            ctx.response().putHeader("Retry-After", Long.toString(quota.reset()));
            Problems.send(
                    ctx,
                    429,
                    "too-many-requests",
                    "Too many requests",
                    "at most " + quota.limit() + " requests a minute for " + role + " clients; retry after "
                            + quota.reset() + " s");
            return;
        }
        String path = ctx.request().path();
        if (!path.startsWith("/api/v1/")) {
            Problems.send(ctx, 404, "not-found", "Not found", "no resource at " + path);
            return;
        }
        String rest = path.substring("/api/v1/".length());
        String segment = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        Optional<Upstreams.Target> target = upstreams.forSegment(segment);
        if (target.isEmpty()) {
            Problems.send(ctx, 404, "not-found", "Not found", "no resource at " + path);
            return;
        }
        ctx.put("upstream", target.get().name());
        proxy.forward(ctx, target.get(), requestId, maxBody);
    }

    /** A write that needs no token: the path is under one of {@code gateway.anonymous-write-paths}. */
    private boolean anonymousWrite(String path) {
        for (String prefix : config.anonymousWritePaths()) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wantsJson(RoutingContext ctx) {
        String accept = ctx.request().getHeader("Accept");
        return "json".equals(ctx.request().getParam("format")) || accept != null && accept.contains("application/json");
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
