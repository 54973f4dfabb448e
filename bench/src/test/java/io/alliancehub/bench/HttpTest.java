package io.alliancehub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load's HTTP client against a real HTTP server on 127.0.0.1: what it sends, and what it sends again. */
class HttpTest {

    private Vertx vertx;
    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void freshClient() {
        vertx = Vertx.vertx();
        Http.closeLoadClient();
    }

    @AfterEach
    void stop() {
        Http.closeLoadClient();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private String serve(Consumer<HttpServerRequest> handler) throws Exception {
        server = vertx.createHttpServer()
                .requestHandler(handler::accept)
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        return "http://127.0.0.1:" + server.actualPort();
    }

    @Test
    void sendsTheTokenTheBodyAndTheIdempotencyKeyAndAnswersTheStatus() throws Exception {
        String base = serve(request -> request.body().onSuccess(body -> {
            received.add(request.method() + " " + request.uri() + " " + request.getHeader("Authorization") + " "
                    + request.getHeader("Content-Type") + " " + request.getHeader("Idempotency-Key") + " " + body);
            request.response()
                    .setStatusCode(request.method().name().equals("POST") ? 201 : 200)
                    .end("{\"ignored\": true}");
        }));
        Http http = new Http("t0ken");

        assertThat(http.get(base + "/a?x=1").get(10, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(http.post(base + "/b", "{\"n\": 1}").get(10, TimeUnit.SECONDS))
                .isEqualTo(201);
        assertThat(http.postIdempotent(base + "/c", "{\"n\": 2}", "key-1").get(10, TimeUnit.SECONDS))
                .isEqualTo(201);

        assertThat(received)
                .containsExactly(
                        "GET /a?x=1 Bearer t0ken null null ",
                        "POST /b Bearer t0ken application/json; charset=UTF-8 null {\"n\": 1}",
                        "POST /c Bearer t0ken application/json; charset=UTF-8 key-1 {\"n\": 2}");
    }

    @Test
    void aGetWhoseConnectionTheServerClosedIsSentOnceMoreAPostIsNot() throws Exception {
        AtomicBoolean closeNext = new AtomicBoolean(true);
        String base = serve(request -> {
            received.add(request.method().name());
            if (closeNext.getAndSet(false)) {
                request.connection().close(); // no answer: the connection goes away under the request
            } else {
                request.response().setStatusCode(204).end();
            }
        });
        Http http = new Http(null);

        assertThat(http.get(base + "/once").get(10, TimeUnit.SECONDS)).isEqualTo(204);
        assertThat(received).containsExactly("GET", "GET");

        closeNext.set(true);
        received.clear();
        assertThatThrownBy(() -> http.post(base + "/create", "{}").get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class);
        assertThat(received).containsExactly("POST");
    }

    @Test
    void closingTheClientEndsItsThreadsAndALaterRequestStartsItAgain() throws Exception {
        String base = serve(request -> request.response().setStatusCode(200).end());
        Http http = new Http(null);
        assertThat(http.get(base).get(10, TimeUnit.SECONDS)).isEqualTo(200);
        long loops = loadThreads();
        assertThat(loops).isPositive();

        Http.closeLoadClient();
        // Vert.x ends its event-loop threads as it closes; give them a moment to exit
        for (int i = 0; i < 100 && loadThreads() >= loops; i++) {
            Thread.sleep(50);
        }
        assertThat(loadThreads()).isLessThan(loops);
        assertThat(http.get(base).get(10, TimeUnit.SECONDS)).isEqualTo(200);
    }

    /** The live non-daemon Vert.x event-loop threads (the test's own server runs on them too). */
    private static long loadThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && t.getName().startsWith("vert.x-eventloop"))
                .count();
    }
}
