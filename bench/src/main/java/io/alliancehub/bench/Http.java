package io.alliancehub.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/** A small async HTTP client for the harness (HTTP/1.1, keep-alive, bodies discarded unless asked for). */
public final class Http {

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
        return client.sendAsync(request(url).GET().build(), HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }

    public CompletableFuture<Integer> post(String url, String json) {
        return client.sendAsync(
                        request(url)
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }

    /** A JSON POST with an Idempotency-Key, as a partner system retrying safely sends it. */
    public CompletableFuture<Integer> postIdempotent(String url, String json, String idempotencyKey) {
        return client.sendAsync(
                        request(url)
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .header("Idempotency-Key", idempotencyKey)
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
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
