package io.alliancehub.gateway;

import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.MultiMap;
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
 * Streams a request to its service and the answer back, unchanged but for hop-by-hop headers:
 * method, path, query, headers, status and body pass through; {@code X-Request-Id} and the
 * {@code X-Forwarded-*} headers are added. The upstream's circuit breaker counts connection
 * failures, timeouts and 502–504 answers; while it is open the route answers 503 at once.
 */
@ApplicationScoped
public class Proxy {

    private static final Logger LOG = Logger.getLogger(Proxy.class);
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
            "trailer", "transfer-encoding", "upgrade", "host", "content-length");
    private static final String ANSWERED = "proxy.answered";

    @Inject
    Upstreams upstreams;

    public void forward(RoutingContext ctx, Upstreams.Target target, String requestId) {
        HttpServerRequest in = ctx.request();
        in.pause();
        target.breaker().<Void>execute(outcome -> {
            RequestOptions options = new RequestOptions().setMethod(in.method()).setHost(target.host()).setPort(target.port())
                    .setSsl(target.ssl()).setURI(in.uri()).setIdleTimeout(target.timeoutMillis());
            upstreams.client().request(options).onFailure(outcome::fail).onSuccess(out -> {
                copyHeaders(in.headers(), out.headers());
                String length = in.getHeader("Content-Length");
                if (length != null) {
                    out.putHeader("Content-Length", length);
                } else if (in.headers().contains("Transfer-Encoding")) {
                    out.setChunked(true);
                }
                out.putHeader(RequestIds.HEADER, requestId);
                out.putHeader("X-Forwarded-For", in.remoteAddress() == null ? "unknown" : in.remoteAddress().hostAddress());
                out.putHeader("X-Forwarded-Proto", in.scheme() == null ? "http" : in.scheme());
                if (in.authority() != null) {
                    out.putHeader("X-Forwarded-Host", in.authority().toString());
                }
                out.send(in).onFailure(outcome::fail).onSuccess(response -> {
                    relay(ctx, response);
                    int status = response.statusCode();
                    if (status >= 502 && status <= 504) {
                        outcome.fail("upstream answered " + status);
                    } else {
                        outcome.complete();
                    }
                });
            });
        }).onFailure(error -> {
            if (Boolean.TRUE.equals(ctx.get(ANSWERED))) {
                return; // the service's own answer has gone to the client; the failure only counted for the breaker
            }
            if (error instanceof OpenCircuitException) {
                ctx.response().putHeader("Retry-After", "5");
                Problems.send(ctx, 503, "service-unavailable", "Service unavailable",
                        "the " + target.name() + " service is not answering; try again shortly");
            } else if (error.getClass().getSimpleName().toLowerCase(Locale.ROOT).contains("timeout")) {
                Problems.send(ctx, 504, "gateway-timeout", "Service too slow",
                        "the " + target.name() + " service did not answer in time");
            } else {
                LOG.debugf("request %s to %s failed: %s", requestId, target.name(), error.toString());
                ctx.response().putHeader("Retry-After", "5");
                Problems.send(ctx, 503, "service-unavailable", "Service unavailable",
                        "the " + target.name() + " service is not answering; try again shortly");
            }
        });
    }

    private static void relay(RoutingContext ctx, HttpClientResponse response) {
        ctx.put(ANSWERED, true);
        HttpServerResponse out = ctx.response();
        out.setStatusCode(response.statusCode());
        out.setStatusMessage(response.statusMessage());
        copyHeaders(response.headers(), out.headers());
        String length = response.getHeader("Content-Length");
        if (length != null) {
            out.putHeader("Content-Length", length);
        } else {
            out.setChunked(true);
        }
        response.pipeTo(out);
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach((name, value) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.equalsIgnoreCase(RequestIds.HEADER)) {
                to.add(name, value);
            }
        });
    }
}
