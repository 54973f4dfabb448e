package io.alliancehub.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alliancehub.bench.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Calls to the suite through its gateway, as any caller, keeping what the checks look at. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {

        boolean isProblem() {
            return contentType != null
                    && contentType.startsWith("application/problem+json")
                    && json().has("status")
                    && json().get("status").asInt() == status;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                return JSON.createObjectNode();
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    final String base;
    private final Http http = new Http(null);

    Api(String gateway) {
        this.base = gateway;
    }

    Answer call(String method, String path, String token, Map<String, String> headers, byte[] body) throws Exception {
        HttpResponse<String> r = http.exchange(method, base + path, token, headers, body);
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(), r);
    }

    Answer json(String method, String path, String token, String json) throws Exception {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Accept", "application/json");
        if (json != null) {
            h.put("Content-Type", "application/json; charset=UTF-8");
        }
        return call(method, path, token, h, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /** A setup call that must succeed. */
    JsonNode must(String method, String path, String token, String json) throws Exception {
        Answer a = json(method, path, token, json);
        if (a.status() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + a.status() + ": " + a.body());
        }
        return a.json();
    }

    /** A setup call that must succeed once the replicas have caught up (422 unknown-… or not in good standing until then). */
    JsonNode mustEventually(String method, String path, String token, String json) throws Exception {
        for (int i = 0; ; i++) {
            Answer a = json(method, path, token, json);
            if (a.status() < 300) {
                return a.json();
            }
            boolean replicaBehind = a.body().contains("unknown-") || a.body().contains("not-in-good-standing");
            if (a.status() != 422 || !replicaBehind || i > 120) {
                throw new IllegalStateException(method + " " + path + " answered " + a.status() + ": " + a.body());
            }
            Thread.sleep(250);
        }
    }
}
