package io.alliancehub.gateway;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's own RFC 9457 answers, in the shape the services use (type URIs under
 * https://alliancehub.io/problems/). Never a host name, an upstream address or a stack trace.
 */
final class Problems {

    static final String TYPE_BASE = "https://alliancehub.io/problems/";

    private Problems() {}

    static void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        JsonObject body = new JsonObject()
                .put("type", TYPE_BASE + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.request().path());
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(body.encode());
    }
}
