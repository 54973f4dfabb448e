package io.alliancehub.gateway;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/** The correlation id: the client's {@code X-Request-Id} when it is sane, else a new one. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String KEY = "requestId";
    static final int MAX_LENGTH = 100;
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private RequestIds() {}

    static String of(RoutingContext ctx) {
        String given = ctx.request().getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        ctx.put(KEY, id);
        ctx.response().putHeader(HEADER, id);
        return id;
    }
}
