package io.alliancehub.bench;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small async HTTP client for the harness (HTTP/1.1, keep-alive, bodies discarded unless asked for).
 *
 * <p>The load's own requests ({@link #get}, {@link #post}, {@link #postIdempotent}) go through one shared Vert.x client;
 * everything else through the JDK's. The load generator shares the 2 cores with the suite it measures, so its CPU is
 * taken from the suite: the JDK's client spent 0.063 ms of CPU per request against Vert.x's 0.014 ms (a closed loop
 * of 32, warm, on one machine; bench/findings/2026-12-05-lean-load-generator.md).
 */
public final class Http {

    /** The shared client of the load's requests, made at the first; {@link #closeLoadClient} ends its threads. */
    private static Vertx loadVertx;

    private static io.vertx.core.http.HttpClient loadClient;

    /** One context per event loop of {@link #loadVertx}; the load's exchanges take turns on them. */
    private static Context[] loadLoops;

    private static final AtomicInteger nextLoop = new AtomicInteger();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private final String token;

    public Http(String token) {
        this.token = token;
    }

    public CompletableFuture<Integer> get(String url) {
        RequestOptions options = loadRequest(HttpMethod.GET, url);
        // a GET sent on a pooled connection the server was closing (after an overload, or at its idle timeout) is
        // sent once more on another, as the JDK's client does for an idempotent request; Vert.x does not retry
        return load(options, null)
                .exceptionallyCompose(
                        e -> e instanceof HttpClosedException || e.getCause() instanceof HttpClosedException
                                ? load(options, null)
                                : CompletableFuture.failedFuture(e));
    }

    public CompletableFuture<Integer> post(String url, String json) {
        return load(
                loadRequest(HttpMethod.POST, url).putHeader("Content-Type", "application/json; charset=UTF-8"), json);
    }

    /** A JSON POST with an Idempotency-Key, as a partner system retrying safely sends it. */
    public CompletableFuture<Integer> postIdempotent(String url, String json, String idempotencyKey) {
        return load(
                loadRequest(HttpMethod.POST, url)
                        .putHeader("Content-Type", "application/json; charset=UTF-8")
                        .putHeader("Idempotency-Key", idempotencyKey),
                json);
    }

    /** Ends the shared load client's threads (they would keep the JVM running); a later request starts it again. */
    public static synchronized void closeLoadClient() {
        if (loadVertx != null) {
            loadVertx.close().toCompletionStage().toCompletableFuture().join();
            loadVertx = null;
            loadClient = null;
            loadLoops = null;
        }
    }

    private static synchronized io.vertx.core.http.HttpClient loadClient() {
        if (loadClient == null) {
            loadVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
            // from a thread of its own, each new context is bound to the next event loop
            loadLoops = new Context[] {loadVertx.getOrCreateContext(), loadVertx.getOrCreateContext()};
            loadClient = loadVertx.createHttpClient(
                    new HttpClientOptions()
                            .setKeepAlive(true)
                            // closed before the gateway's idle timeout (30 s) closes it: a request sent on a connection
                            // the server is closing fails, and Vert.x does not retry it (the JDK client retried a GET)
                            .setKeepAliveTimeout(20)
                            .setConnectTimeout(5_000),
                    // as many connections as the load keeps in flight (the JDK's client sets no limit either); an
                    // overload's excess waits in the pool's queue, its latency counted from its due time all the same
                    new PoolOptions().setHttp1MaxSize(4096));
        }
        return loadClient;
    }

    private RequestOptions loadRequest(HttpMethod method, String url) {
        RequestOptions o =
                new RequestOptions().setMethod(method).setAbsoluteURI(url).setIdleTimeout(30_000);
        if (token != null) {
            o.putHeader("Authorization", "Bearer " + token);
        }
        return o;
    }

    /** The status of the answer, once its body (discarded) has arrived. */
    private static CompletableFuture<Integer> load(RequestOptions options, String body) {
        io.vertx.core.http.HttpClient client = loadClient();
        Context loop = loadLoops[Math.floorMod(nextLoop.getAndIncrement(), loadLoops.length)];
        CompletableFuture<Integer> answer = new CompletableFuture<>();
        // the whole exchange on one of the client's event loops: a step attached from another thread after the answer
        // has already ended would find it ended (Vert.x then throws IllegalStateException, seen once in 6,000 GETs)
        loop.runOnContext(v -> client.request(options)
                .compose(r -> body == null ? r.send() : r.send(Buffer.buffer(body)))
                .compose(response -> response.end().map(done -> response.statusCode()))
                .onComplete(result -> {
                    if (result.succeeded()) {
                        answer.complete(result.result());
                    } else {
                        answer.completeExceptionally(result.cause());
                    }
                }));
        return answer;
    }

    /** A GET whose answer (status, headers, body) is kept. */
    public CompletableFuture<HttpResponse<String>> getForAnswer(String url) {
        return client.sendAsync(request(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON POST whose answer (status, headers, body) is kept. */
    public CompletableFuture<HttpResponse<String>> postForAnswer(String url, String json) {
        return client.sendAsync(
                request(url)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(String method, String url, String json) throws Exception {
        HttpRequest.Builder b = request(url)
                .header("Content-Type", "application/json; charset=UTF-8")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Any request, as a hostile or unauthorised client would send it: the given bearer token (or
     * none), headers and raw body bytes; the answer's body is kept.
     */
    public HttpResponse<String> exchange(
            String method, String url, String bearer, Map<String, String> headers, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(b::header);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET with an Accept header; the answer's status and its number of lines, counted as they arrive (not kept). */
    public long[] countLines(String url, String accept, Duration timeout) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", accept)
                .GET()
                .build();
        HttpResponse<java.util.stream.Stream<String>> answer = client.send(r, HttpResponse.BodyHandlers.ofLines());
        try (java.util.stream.Stream<String> lines = answer.body()) {
            return new long[] {answer.statusCode(), lines.count()};
        }
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }
}
