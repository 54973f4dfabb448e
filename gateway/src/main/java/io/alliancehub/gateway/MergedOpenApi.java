package io.alliancehub.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One OpenAPI document for the whole suite, merged from the services' committed specs (copied
 * into the gateway at build time, so what partners read is what the services were tested
 * against): all paths; components deduplicated by name when equal, prefixed with the service name
 * when two services use one name for different things; the gateway's server and bearer scheme.
 */
@ApplicationScoped
public class MergedOpenApi {

    static final List<String> SERVICES = List.of("members", "events", "agreements", "notifications");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    @Inject
    ObjectMapper json;

    @Inject
    GatewayConfig config;

    private volatile ObjectNode merged;

    public void serve(RoutingContext ctx, boolean asJson) {
        try {
            if (asJson) {
                ctx.response().putHeader("Content-Type", "application/json").end(json.writeValueAsString(document()));
            } else {
                ctx.response()
                        .putHeader("Content-Type", "application/yaml;charset=UTF-8")
                        .end(yaml());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String yaml() {
        try {
            return YAML.writeValueAsString(document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode document() {
        if (merged == null) {
            synchronized (this) {
                if (merged == null) {
                    List<ObjectNode> specs = new ArrayList<>();
                    for (String service : SERVICES) {
                        specs.add(load(service));
                    }
                    merged = merge(specs, SERVICES, config.publicUrl());
                }
            }
        }
        return merged;
    }

    static ObjectNode merge(List<ObjectNode> specs, List<String> names, String serverUrl) {
        ObjectNode out = YAML.createObjectNode();
        out.put("openapi", specs.get(0).path("openapi").asText("3.1.0"));
        ObjectNode info = out.putObject("info");
        info.put("title", "Alliance Hub API");
        info.put("version", "1.0.0");
        info.put(
                "description",
                "The alliance's members, forums and agreements behind one front door. Send a JWT bearer token "
                        + "(roles admin, member, partner); without one only public reads work. Errors are RFC 9457 problem+json; lists "
                        + "are paged; updates need If-Match; creating POSTs take an Idempotency-Key. Rate limits per client answer 429 "
                        + "with Retry-After. Every answer carries X-Request-Id.");
        info.putObject("contact").put("name", "Alliance Hub secretariat");
        out.putArray("servers")
                .addObject()
                .put("url", serverUrl)
                .put(
                        "description",
                        "The gateway of this deployment (gateway.public-url: local by default, the public URL in production)")
                .put("x-internal", false);
        ObjectNode paths = out.putObject("paths");
        ObjectNode components = out.putObject("components");
        Set<String> tags = new LinkedHashSet<>();
        ArrayNode tagList = out.putArray("tags");
        for (int i = 0; i < specs.size(); i++) {
            ObjectNode spec = specs.get(i).deepCopy();
            renameConflicts(spec, components, names.get(i));
            spec.path("paths").fields().forEachRemaining(e -> {
                if (paths.has(e.getKey())) {
                    throw new IllegalStateException("path " + e.getKey() + " is served by two services");
                }
                paths.set(e.getKey(), e.getValue());
            });
            spec.path("components").fields().forEachRemaining(section -> {
                ObjectNode target = components.has(section.getKey())
                        ? (ObjectNode) components.get(section.getKey())
                        : components.putObject(section.getKey());
                section.getValue().fields().forEachRemaining(c -> target.set(c.getKey(), c.getValue()));
            });
            for (JsonNode tag : spec.path("tags")) {
                if (tags.add(tag.path("name").asText())) {
                    tagList.add(tag);
                }
            }
        }
        addGatewayAnswers(paths, components);
        // one security scheme, the gateway's (the services declare the same bearer JWT)
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("bearer")
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put(
                        "description",
                        "JWT bearer token (a signed JWS) verified by the gateway and the services; roles in the groups claim "
                                + "(admin, member, partner); members carry their organisation id in the org claim. Verification follows RFC8725: "
                                + "the signature is checked with the configured key (RS256; unsigned tokens and other algorithms are refused), "
                                + "and the issuer and expiry are checked.");
        return out;
    }

    /**
     * What the gateway itself may answer on every route, before or instead of the service: 413 (body
     * over its cap), 429 (rate limit, with Retry-After), 503 (the service is down: its breaker is
     * open, or it refused the connection; with Retry-After), 504 (the service did not answer in
     * time), and the X-Request-Id header on every answer.
     */
    private static void addGatewayAnswers(ObjectNode paths, ObjectNode components) {
        ObjectNode headers =
                components.has("headers") ? (ObjectNode) components.get("headers") : components.putObject("headers");
        headers.putObject("X-Request-Id")
                .put(
                        "description",
                        "Correlation id of the request: the client's own when it sent a sane one, "
                                + "else created by the gateway; logged by the gateway and the service")
                .putObject("schema")
                .put("type", "string")
                .put("maxLength", RequestIds.MAX_LENGTH);
        headers.putObject("Access-Control-Allow-Origin")
                .put(
                        "description",
                        "Present when the request's Origin is on the gateway's "
                                + "CORS allow-list (ALLIANCE_CORS_ORIGINS): that origin")
                .putObject("schema")
                .put("type", "string")
                .put("maxLength", 2048);
        headers.putObject("RateLimit-Limit")
                .put("description", "Requests a minute this client may send (per token subject, else IP)")
                .putObject("schema")
                .put("type", "integer")
                .put("format", "int32")
                .put("minimum", 0)
                .put("maximum", 1_000_000);
        headers.putObject("RateLimit-Remaining")
                .put("description", "Requests this client may still send now")
                .putObject("schema")
                .put("type", "integer")
                .put("format", "int32")
                .put("minimum", 0)
                .put("maximum", 1_000_000);
        headers.putObject("RateLimit-Reset")
                .put("description", "Seconds until the next request may pass (0 while some remain)")
                .putObject("schema")
                .put("type", "integer")
                .put("format", "int32")
                .put("minimum", 0)
                .put("maximum", 3600);
        if (!headers.has("Retry-After")) {
            headers.putObject("Retry-After")
                    .put("description", "Seconds to wait before retrying")
                    .putObject("schema")
                    .put("type", "integer");
        }
        paths.properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    if (!method.getValue().isObject() || !method.getValue().has("responses")) {
                        return;
                    }
                    ObjectNode op = (ObjectNode) method.getValue();
                    ObjectNode responses = (ObjectNode) op.get("responses");
                    if (op.has("requestBody")) {
                        problem(
                                responses,
                                "413",
                                "Body too large: over 20 MiB at the gateway, over 1 MiB (20 MiB for imports) at the service",
                                false);
                    }
                    problem(
                            responses,
                            "429",
                            "Too many requests from this client (per token subject, else per IP): retry after Retry-After seconds",
                            true);
                    problem(
                            responses,
                            "503",
                            "The service is down (the gateway's circuit breaker for it is open, or it refused the connection) "
                                    + "or its database is unreachable: retry after Retry-After seconds",
                            true);
                    problem(responses, "504", "The service did not answer within the gateway's timeout", false);
                    responses.properties().forEach(r -> {
                        ObjectNode response = (ObjectNode) r.getValue();
                        ObjectNode responseHeaders = response.has("headers")
                                ? (ObjectNode) response.get("headers")
                                : response.putObject("headers");
                        responseHeaders.putObject("X-Request-Id").put("$ref", "#/components/headers/X-Request-Id");
                        responseHeaders
                                .putObject("Access-Control-Allow-Origin")
                                .put("$ref", "#/components/headers/Access-Control-Allow-Origin");
                        // the gateway sets the rate-limit fields before the request reaches the service (not on its own
                        // early 401/403)
                        if (r.getKey().startsWith("2") || r.getKey().startsWith("4")) {
                            for (String field : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")) {
                                responseHeaders.putObject(field).put("$ref", "#/components/headers/" + field);
                            }
                        }
                    });
                }));
    }

    private static void problem(ObjectNode responses, String status, String description, boolean retryAfter) {
        ObjectNode response = responses.has(status) ? (ObjectNode) responses.get(status) : responses.putObject(status);
        response.put("description", description);
        response.putObject("content")
                .putObject("application/problem+json")
                .putObject("schema")
                .put("$ref", "#/components/schemas/Problem");
        if (retryAfter) {
            ObjectNode headers =
                    response.has("headers") ? (ObjectNode) response.get("headers") : response.putObject("headers");
            headers.putObject("Retry-After").put("$ref", "#/components/headers/Retry-After");
        }
    }

    /** Gives a service's component a service-prefixed name where another service already uses the name for something else. */
    private static void renameConflicts(ObjectNode spec, ObjectNode merged, String service) {
        JsonNode components = spec.path("components");
        List<String[]> renames = new ArrayList<>();
        components.fields().forEachRemaining(section -> {
            if (section.getKey().equals("securitySchemes")) {
                return;
            }
            JsonNode existing = merged.path(section.getKey());
            section.getValue().fields().forEachRemaining(c -> {
                if (existing.has(c.getKey()) && !existing.get(c.getKey()).equals(c.getValue())) {
                    String renamed = Character.toUpperCase(service.charAt(0)) + service.substring(1) + c.getKey();
                    renames.add(new String[] {section.getKey(), c.getKey(), renamed});
                }
            });
        });
        for (String[] r : renames) {
            ObjectNode section = (ObjectNode) spec.path("components").path(r[0]);
            section.set(r[2], section.remove(r[1]));
            rewriteRefs(spec, "#/components/" + r[0] + "/" + r[1], "#/components/" + r[0] + "/" + r[2]);
        }
    }

    private static void rewriteRefs(JsonNode node, String from, String to) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            if (o.path("$ref").asText().equals(from)) {
                o.set("$ref", TextNode.valueOf(to));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                rewriteRefs(it.next().getValue(), from, to);
            }
        } else if (node.isArray()) {
            node.forEach(n -> rewriteRefs(n, from, to));
        }
    }

    private static ObjectNode load(String service) {
        String path = "upstream-openapi/" + service + "/openapi.yaml";
        try (InputStream in = MergedOpenApi.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the gateway was built without " + path);
            }
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
