package io.alliancehub.notifications.service;

import io.alliancehub.notifications.config.NotificationsConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends one webhook request with Vert.x's HTTP client: to the address {@link WebhookTargets} checked (the Host
 * header and TLS name stay the URL's), no redirects followed, a timeout for the whole exchange, and at most
 * {@code max-response-bytes} of the answer read.
 */
@ApplicationScoped
public class WebhookClient {

    /** What came back: a status (0 when none did), and the start of the body or the error. */
    public record Outcome(int status, String detail) {
        public boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    @Inject
    Vertx vertx;

    @Inject
    NotificationsConfig config;

    private volatile HttpClient client;

    private HttpClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    long timeout = config.webhooks().timeout().toMillis();
                    client = vertx.createHttpClient(new HttpClientOptions()
                            .setConnectTimeout((int) timeout)
                            .setForceSni(true)
                            .setMaxRedirects(0)
                            .setMaxPoolSize(64)
                            .setKeepAlive(true));
                }
            }
        }
        return client;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** POSTs {@code body} with {@code headers} to {@code target}; completes with the outcome, never fails. */
    public Future<Outcome> post(WebhookTargets.Target target, Map<String, String> headers, String body) {
        URI uri = target.uri();
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(
                        target.port(), target.address().getHostAddress()))
                .setHost(uri.getHost())
                .setPort(target.port())
                .setSsl(target.tls())
                .setURI(path)
                .setFollowRedirects(false)
                .setTimeout(config.webhooks().timeout().toMillis());
        headers.forEach(options::putHeader);
        int cap = config.webhooks().maxResponseBytes();
        return client().request(options)
                .compose(request -> request.send(Buffer.buffer(body)))
                .compose(response -> {
                    // read at most cap bytes of the answer; a receiver streaming more is cut off
                    Buffer start = Buffer.buffer();
                    AtomicInteger seen = new AtomicInteger();
                    io.vertx.core.Promise<Outcome> done = io.vertx.core.Promise.promise();
                    response.handler(chunk -> {
                        if (seen.addAndGet(chunk.length()) <= cap) {
                            start.appendBuffer(chunk);
                        } else if (!done.future().isComplete()) {
                            done.tryComplete(new Outcome(response.statusCode(), text(start)));
                            response.request().reset();
                        }
                    });
                    response.endHandler(v -> done.tryComplete(new Outcome(response.statusCode(), text(start))));
                    response.exceptionHandler(e -> done.tryComplete(new Outcome(response.statusCode(), text(start))));
                    return done.future();
                })
                .recover(failure -> Future.succeededFuture(new Outcome(0, String.valueOf(failure.getMessage()))));
    }

    private static String text(Buffer start) {
        String s = start.toString(java.nio.charset.StandardCharsets.UTF_8);
        return s.length() > 500 ? s.substring(0, 500) : s;
    }
}
