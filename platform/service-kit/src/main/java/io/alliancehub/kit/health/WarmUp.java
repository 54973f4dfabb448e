package io.alliancehub.kit.health;

import io.alliancehub.kit.config.KitConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServer;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Unready until the instance has answered its own first reads once ({@code alliance.warm-up.paths}), one after the
 * other, anonymously, over its own HTTP port.
 *
 * <p>Why: a just-started JVM's first list read pays for Hibernate's first HQL parses (ANTLR builds its prediction
 * tables on first use, under one lock), the pool's first connections and code not yet compiled: 0.4 s on an idle
 * machine. Reads that arrive before one has finished all parse the same queries at once. On 2 busy cores with a
 * 128 MB heap that held reads past the gateway's 10 s, and once ran the heap out
 * ({@code bench/findings/2026-12-06-cold-first-reads.md}). Done once in one thread before the instance takes traffic,
 * the same reads then take milliseconds. A warm-up read that fails is logged and does not keep the instance unready:
 * the other checks say whether it can serve.
 */
@Readiness
@ApplicationScoped
public class WarmUp implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);
    /** Start-up observers run before the HTTP server listens: its port is looked for this often, this long. */
    private static final long LISTENING_POLL_MILLIS = 20;

    private static final int LISTENING_POLLS = 1_500;

    private static final long READ_TIMEOUT_MILLIS = 30_000;

    @Inject
    KitConfig config;

    @Inject
    Vertx vertx;

    @Inject
    HttpServer server;

    private final CompletableFuture<List<String>> answered = new CompletableFuture<>();

    void start(@Observes StartupEvent start) {
        List<String> paths = config.warmUp().paths().orElse(List.of());
        if (paths.isEmpty()) {
            answered.complete(List.of());
            return;
        }
        long started = System.nanoTime();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(1));
        List<String> answers = new ArrayList<>();
        Future<Void> chain = listening(LISTENING_POLLS).mapEmpty();
        for (String path : paths) {
            chain = chain.compose(v -> read(client, path)
                    .map(status -> path + " " + status)
                    .otherwise(error -> path + " failed: " + error)
                    .map(answer -> {
                        answers.add(answer);
                        return null;
                    }));
        }
        chain.onComplete(done -> {
            client.close();
            if (done.failed()) {
                answers.add("stopped: " + done.cause());
            }
            LOG.infof("warm-up: %s in %.0f ms", answers, (System.nanoTime() - started) / 1e6);
            answered.complete(List.copyOf(answers));
        });
    }

    /** The HTTP port once the server listens on it (-1 before). */
    private Future<Integer> listening(int polls) {
        int port = server.getPort();
        if (port > 0) {
            return Future.succeededFuture(port);
        }
        if (polls <= 1) {
            return Future.failedFuture(
                    "the HTTP server did not listen within " + LISTENING_POLLS * LISTENING_POLL_MILLIS / 1000 + " s");
        }
        Promise<Integer> later = Promise.promise();
        vertx.setTimer(LISTENING_POLL_MILLIS, t -> listening(polls - 1).onComplete(later));
        return later.future();
    }

    private Future<Integer> read(HttpClient client, String path) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost("127.0.0.1")
                .setPort(server.getPort())
                .setURI(path)
                .setIdleTimeout(READ_TIMEOUT_MILLIS)
                .putHeader("X-Request-Id", "warm-up");
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode()));
    }

    @Override
    public HealthCheckResponse call() {
        List<String> answers = answered.getNow(null);
        if (answers == null) {
            return HealthCheckResponse.named("warm-up")
                    .down()
                    .withData("reads", "in progress")
                    .build();
        }
        return HealthCheckResponse.named("warm-up")
                .up()
                .withData("reads", answers.isEmpty() ? "none configured" : String.join("; ", answers))
                .build();
    }
}
