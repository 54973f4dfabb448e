package io.alliancehub.kit.problem;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Paths no resource serves fall through JAX-RS to Vert.x, whose default 404 is not problem+json.
 * The router's 404 error handler (called only when no route handled the request; a catch-all
 * route would race the REST handler's own route order) answers them in the suite's error shape.
 */
@ApplicationScoped
public class UnmatchedRoutes {

    void install(@Observes Router router) {
        router.errorHandler(404, ctx -> {
            Problem body = new Problem(
                    Problem.TYPE_BASE + "not-found",
                    "Not found",
                    404,
                    "no resource at " + ctx.request().path(),
                    ctx.request().path(),
                    List.of());
            ctx.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Json.encode(body));
        });
    }
}
