package io.alliancehub.kit.web;

import io.alliancehub.kit.config.KitConfig;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Reads a JSON request body whole on the event loop, before Quarkus REST runs the resource method.
 *
 * <p>The resource methods are blocking, so Quarkus REST moves them to a worker as soon as the
 * headers have arrived, and Jackson then reads the body there through a blocking stream that the
 * event loop feeds under the connection's lock. Under 32 clients creating organisations that
 * hand-over was 36% of members-service's CPU samples (bench/findings/2026-12-04-consumer-batches.md).
 * Quarkus REST serves a body that a route has already read ({@code RoutingContext#body()}) from
 * memory, which is what Vert.x's {@link BodyHandler} does here.
 *
 * <p>Only bodies that declare a JSON type and a Content-Length within the ordinary cap are read
 * ahead: a larger declared body is left to {@link RequestLimits} (its 413), and CSV imports and
 * chunked bodies keep streaming.
 */
@ApplicationScoped
public class JsonBodyPrefetch {

    @Inject
    KitConfig config;

    void install(@Observes Router router) {
        long bodyLimit = config.limits().bodyBytes();
        BodyHandler reader = BodyHandler.create(false).setBodyLimit(bodyLimit);
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER).handler(ctx -> {
            if (prefetch(ctx.request())) {
                reader.handle(ctx);
            } else {
                ctx.next();
            }
        });
    }

    private boolean prefetch(HttpServerRequest request) {
        String type = request.getHeader("Content-Type");
        String length = request.getHeader("Content-Length");
        if (type == null || length == null || !type.toLowerCase(Locale.ROOT).contains("json")) {
            return false;
        }
        try {
            long size = Long.parseLong(length.trim());
            return size > 0 && size <= config.limits().bodyBytes();
        } catch (NumberFormatException e) {
            return false; // RequestLimits answers it
        }
    }
}
