package io.alliancehub.kit.web;

import io.alliancehub.kit.config.KitConfig;
import io.alliancehub.kit.problem.Problem;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sheds load: with {@code alliance.limits.in-flight} API requests already in progress, the next
 * one is answered 503 problem+json with {@code Retry-After} at once, before anything is read or
 * queued.
 *
 * <p>Without a bound, requests that arrive faster than the service answers wait for the worker
 * pool for as long as the backlog takes (seconds to tens of seconds in the bench's read search at
 * twice the service's rate), each holding its state on the heap; a caller is better served by an
 * immediate 503 it can retry. The connections they arrive on are bounded separately
 * ({@code quarkus.http.limits.max-connections}; see bench/findings/2026-12-04-request-intake.md).
 * The management endpoints under {@code /q/} are never shed, so a busy instance still answers its
 * probes.
 */
@ApplicationScoped
public class InFlightLimit {

    @Inject
    KitConfig config;

    private final AtomicInteger inFlight = new AtomicInteger();

    void install(@Observes Router router) {
        int limit = config.limits().inFlight();
        // one place ahead of JsonBodyPrefetch: a shed request is never read
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER - 1).handler(ctx -> {
            if (ctx.request().path().startsWith("/q/")) {
                ctx.next();
                return;
            }
            if (inFlight.incrementAndGet() > limit) {
                inFlight.decrementAndGet();
                Problem body = new Problem(
                        Problem.TYPE_BASE + "service-unavailable",
                        "Service unavailable",
                        503,
                        "the service has too many requests in progress; try again shortly",
                        ctx.request().path(),
                        List.of());
                ctx.response()
                        .setStatusCode(503)
                        .putHeader("Retry-After", "1")
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(Json.encode(body));
                return;
            }
            ctx.addEndHandler(done -> inFlight.decrementAndGet());
            ctx.next();
        });
    }

    /** Requests in progress now (for tests and meters). */
    public int inFlight() {
        return inFlight.get();
    }
}
