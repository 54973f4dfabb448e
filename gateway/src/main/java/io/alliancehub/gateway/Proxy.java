package io.alliancehub.gateway;

import io.opentelemetry.api.trace.Span;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Passes a request to its service and the answer back, unchanged but for hop-by-hop headers:
 * method, path, query, headers, status and body pass through; {@code X-Request-Id} and the
 * {@code X-Forwarded-*} headers are added. The upstream's circuit breaker counts connection
 * failures, timeouts and 502–504 answers; while it is open the route answers 503 at once.
 *
 * <p>Bodies up to {@code gateway.buffered-body-bytes} (and every chunked body, up to the 20 MiB cap)
 * are read whole before the service is called: a client trickling its body then holds only its own
 * connection, never one of the pooled connections to a service. Larger declared bodies (imports)
 * are streamed through.
 */
@ApplicationScoped
public class Proxy {

    private static final Logger LOG = Logger.getLogger(Proxy.class);
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "keep-alive",
            "proxy-authenticate",
            "proxy-authorization",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "host",
            "content-length");
    private static final String ANSWERED = "proxy.answered";
    /** The W3C trace context headers (the propagators Quarkus configures by default: tracecontext, baggage). */
    private static final Set<String> TRACE_CONTEXT = Set.of("traceparent", "tracestate", "baggage");

    @Inject
    Upstreams upstreams;

    @Inject
    GatewayConfig config;

    /** Forwards the request; a body over {@code maxBody} bytes (the caller's limit) is refused with 413. */
    public void forward(RoutingContext ctx, Upstreams.Target target, String requestId, long maxBody) {
        HttpServerRequest in = ctx.request();
        in.pause();
        String length = in.getHeader("Content-Length");
        long declared = length == null ? -1 : Long.parseLong(length.trim()); // a malformed length was refused before
        boolean chunked = declared < 0 && in.headers().contains("Transfer-Encoding");
        if (declared > config.bufferedBodyBytes()) {
            call(ctx, target, requestId, null);
            return;
        }
        if (declared <= 0 && !chunked) {
            call(ctx, target, requestId, Buffer.buffer());
            return;
        }
        Buffer body = Buffer.buffer();
        in.handler(chunk -> {
            if (ctx.response().ended()) {
                return;
            }
            body.appendBuffer(chunk);
            if (body.length() > maxBody) {
                // the client goes on sending: answer, then close the connection rather than read the rest
                ctx.response().endHandler(done -> in.connection().close());
                Problems.send(
                        ctx,
                        413,
                        "payload-too-large",
                        "Request body too large",
                        "the body may be at most " + maxBody + " bytes");
            }
        });
        in.endHandler(done -> {
            if (!ctx.response().ended()) {
                call(ctx, target, requestId, body);
            }
        });
        in.resume();
    }

    /** Calls the service with the body read whole ({@code body}), or streaming it from the client ({@code null}). */
    private void call(RoutingContext ctx, Upstreams.Target target, String requestId, Buffer body) {
        HttpServerRequest in = ctx.request();
        // with tracing on, the HTTP client sends the gateway's own context (a child of the caller's); the caller's
        // traceparent must not go along too, or the service would continue the caller's span and skip the gateway
        Set<String> dropped = Span.current().getSpanContext().isValid() ? TRACE_CONTEXT : Set.of();
        target.breaker()
                .<Void>execute(outcome -> {
                    RequestOptions options = new RequestOptions()
                            .setMethod(in.method())
                            .setHost(target.host())
                            .setPort(target.port())
                            .setSsl(target.ssl())
                            .setURI(in.uri())
                            .setIdleTimeout(target.timeoutMillis());
                    upstreams.client().request(options).onFailure(outcome::fail).onSuccess(out -> {
                        copyHeaders(in.headers(), out.headers(), dropped);
                        String length = in.getHeader("Content-Length");
                        if (body != null) {
                            if (body.length() > 0 || length != null) {
                                out.putHeader("Content-Length", Integer.toString(body.length()));
                            }
                        } else if (length != null) {
                            out.putHeader("Content-Length", length);
                        } else if (in.headers().contains("Transfer-Encoding")) {
                            out.setChunked(true);
                        }
                        out.putHeader(RequestIds.HEADER, requestId);
                        out.putHeader(
                                "X-Forwarded-For",
                                in.remoteAddress() == null
                                        ? "unknown"
                                        : in.remoteAddress().hostAddress());
                        out.putHeader("X-Forwarded-Proto", in.scheme() == null ? "http" : in.scheme());
                        if (in.authority() != null) {
                            out.putHeader("X-Forwarded-Host", in.authority().toString());
                        }
                        (body == null ? out.send(in) : out.send(body))
                                .onFailure(outcome::fail)
                                .onSuccess(response -> {
                                    relay(ctx, response);
                                    int status = response.statusCode();
                                    if (status >= 502 && status <= 504) {
                                        outcome.fail("upstream answered " + status);
                                    } else {
                                        outcome.complete();
                                    }
                                });
                    });
                })
                .onFailure(error -> {
                    if (Boolean.TRUE.equals(ctx.get(ANSWERED))) {
                        return; // the service's own answer has gone to the client; the failure only counted for the
                        // breaker
                    }
                    if (error instanceof OpenCircuitException) {
                        ctx.response().putHeader("Retry-After", "5");
                        Problems.send(
                                ctx,
                                503,
                                "service-unavailable",
                                "Service unavailable",
                                "the " + target.name() + " service is not answering; try again shortly");
                    } else if (error.getClass()
                            .getSimpleName()
                            .toLowerCase(Locale.ROOT)
                            .contains("timeout")) {
                        Problems.send(
                                ctx,
                                504,
                                "gateway-timeout",
                                "Service too slow",
                                "the " + target.name() + " service did not answer in time");
                    } else {
                        LOG.debugf("request %s to %s failed: %s", requestId, target.name(), error.toString());
                        ctx.response().putHeader("Retry-After", "5");
                        Problems.send(
                                ctx,
                                503,
                                "service-unavailable",
                                "Service unavailable",
                                "the " + target.name() + " service is not answering; try again shortly");
                    }
                });
    }

    private static void relay(RoutingContext ctx, HttpClientResponse response) {
        ctx.put(ANSWERED, true);
        HttpServerResponse out = ctx.response();
        out.setStatusCode(response.statusCode());
        out.setStatusMessage(response.statusMessage());
        copyHeaders(response.headers(), out.headers(), Set.of());
        String length = response.getHeader("Content-Length");
        if (length != null) {
            out.putHeader("Content-Length", length);
        } else {
            out.setChunked(true);
        }
        response.pipeTo(out);
    }

    private static void copyHeaders(MultiMap from, MultiMap to, Set<String> dropped) {
        from.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower) && !dropped.contains(lower) && !name.equalsIgnoreCase(RequestIds.HEADER)) {
                to.add(name, value);
            }
        });
    }
}
