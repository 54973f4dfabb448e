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

    static final List<String> SERVICES = List.of("members", "events", "agreements");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
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
                ctx.response().putHeader("Content-Type", "application/yaml;charset=UTF-8").end(yaml());
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
        info.put("description", "The alliance's members, forums and agreements behind one front door. Send a JWT bearer token "
                + "(roles admin, member, partner); without one only public reads work. Errors are RFC 9457 problem+json; lists "
                + "are paged; updates need If-Match; creating POSTs take an Idempotency-Key. Rate limits per client answer 429 "
                + "with Retry-After. Every answer carries X-Request-Id.");
        info.putObject("contact").put("name", "Alliance Hub secretariat");
        out.putArray("servers").addObject().put("url", serverUrl).put("description", "the gateway");
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
                ObjectNode target = components.has(section.getKey()) ? (ObjectNode) components.get(section.getKey())
                        : components.putObject(section.getKey());
                section.getValue().fields().forEachRemaining(c -> target.set(c.getKey(), c.getValue()));
            });
            for (JsonNode tag : spec.path("tags")) {
                if (tags.add(tag.path("name").asText())) {
                    tagList.add(tag);
                }
            }
        }
        // one security scheme, the gateway's (the services declare the same bearer JWT)
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "JWT bearer token verified by the gateway and the services; roles in the groups claim "
                        + "(admin, member, partner); members carry their organisation id in the org claim.");
        return out;
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
