package io.alliancehub.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an answer against an OpenAPI 3.1 document: the status is declared for the operation, the
 * content type is one the status declares, the headers the spec marks required are there, and a
 * JSON body conforms to its schema (JSON Schema 2020-12, formats asserted). A field answered
 * {@code null} where the spec says string, a required field left out, an undeclared status: the
 * test that received it fails. Requests are not judged: tests send invalid ones on purpose.
 *
 * <p>Written here rather than taken from swagger-request-validator (2.44.1), because that library
 * skips the {@code type} keyword of OpenAPI 3.1 schemas (a number or {@code null} passes where the
 * spec says string), which is the very mismatch this check exists for. Matching the operation is
 * the only hand-written part; schema validation is networknt's.
 */
public final class ResponseContract implements Filter {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{[^}/]+}");

    private final JsonNode spec;
    private final String specUri;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final List<Map.Entry<Pattern, String>> routes = new ArrayList<>();

    private ResponseContract(Path file) {
        try {
            spec = YAML.readTree(file.toFile());
            specUri = "https://contract.alliancehub.test/" + file.getFileName() + ".json";
            String json = JSON.writeValueAsString(spec);
            factory = JsonSchemaFactory.getInstance(
                    SpecVersion.VersionFlag.V202012,
                    builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(specUri, json))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.path("paths").fieldNames().forEachRemaining(template -> {
            Matcher m = TEMPLATE_PARAM.matcher(template);
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(template.substring(last, m.start()))).append("[^/]+");
                last = m.end();
            }
            regex.append(Pattern.quote(template.substring(last)));
            routes.add(Map.entry(Pattern.compile(regex.toString()), template));
        });
        // literal segments win over parameters (/organizations/import before /organizations/{organizationId})
        routes.sort(java.util.Comparator.comparingLong(
                r -> r.getValue().chars().filter(c -> c == '{').count()));
    }

    /** The check for one OpenAPI document (YAML or JSON). */
    public static ResponseContract of(Path specFile) {
        return new ResponseContract(specFile);
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        List<String> problems = violations(
                request.getMethod(),
                path,
                response.statusCode(),
                response.contentType(),
                response.asByteArray(),
                name -> response.headers().hasHeaderWithName(name));
        if (!problems.isEmpty()) {
            throw new AssertionError("the answer to " + request.getMethod() + " " + path + " (" + response.statusCode()
                    + ") breaks the committed OpenAPI:\n  " + String.join("\n  ", problems) + "\nbody: "
                    + response.asString());
        }
        return response;
    }

    /** What is wrong with an answer; empty when it conforms or the path is not part of the API (e.g. /q/health). */
    public List<String> violations(
            String method,
            String path,
            int status,
            String contentType,
            byte[] body,
            java.util.function.Predicate<String> hasHeader) {
        String template = routes.stream()
                .filter(r -> r.getKey().matcher(path).matches())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        if (template == null) {
            return List.of();
        }
        String verb = method.toLowerCase(Locale.ROOT);
        JsonNode operation = spec.path("paths").path(template).path(verb);
        if (operation.isMissingNode()) {
            // a method the path does not have can only be refused: 405 is the one answer a spec cannot list
            return status == 405
                    ? List.of()
                    : List.of("no " + method + " operation at " + template + ", yet the answer is " + status);
        }
        String statusKey =
                operation.path("responses").has(Integer.toString(status)) ? Integer.toString(status) : "default";
        JsonNode declared = resolve(operation.path("responses").path(statusKey));
        if (declared.isMissingNode()) {
            return List.of("status " + status + " is not declared for " + method + " " + template);
        }
        List<String> problems = new ArrayList<>();
        declared.path("headers").fields().forEachRemaining(h -> {
            if (resolve(h.getValue()).path("required").asBoolean(false) && !hasHeader.test(h.getKey())) {
                problems.add("required header " + h.getKey() + " is missing");
            }
        });
        JsonNode content = declared.path("content");
        boolean empty = body == null || body.length == 0;
        if (empty) {
            if (content.size() > 0 && !verb.equals("head")) {
                problems.add("no body, but the spec declares "
                        + content.properties().stream().map(Map.Entry::getKey).toList());
            }
            return problems;
        }
        String mediaType =
                contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!content.has(mediaType)) {
            problems.add("content type '" + mediaType + "' is not declared (declared: "
                    + content.properties().stream().map(Map.Entry::getKey).toList() + ")");
            return problems;
        }
        if (mediaType.endsWith("json") && content.path(mediaType).has("schema")) {
            String pointer = "/paths/" + escape(template) + "/" + verb + "/responses/" + statusKey + "/content/"
                    + escape(mediaType) + "/schema";
            if (declared != operation.path("responses").path(statusKey)) {
                pointer = operation
                                .path("responses")
                                .path(statusKey)
                                .path("$ref")
                                .asText()
                                .substring(1) + "/content/" + escape(mediaType) + "/schema";
            }
            JsonSchema schema = schemas.computeIfAbsent(
                    pointer, p -> factory.getSchema(SchemaLocation.of(specUri + "#" + p), config));
            try {
                for (ValidationMessage message : schema.validate(JSON.readTree(body))) {
                    problems.add(message.getMessage());
                }
            } catch (IOException e) {
                problems.add("the body is not JSON: " + e.getMessage());
            }
        }
        return problems;
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        return spec.at(ref.substring(1));
    }

    private static String escape(String pointerSegment) {
        return pointerSegment.replace("~", "~0").replace("/", "~1");
    }
}
