package io.alliancehub.kit.openapi;

import io.alliancehub.kit.problem.Problem;
import io.alliancehub.kit.web.Idempotency;
import io.alliancehub.kit.web.MediaTypes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Writes the suite's conventions into every service's OpenAPI document, so that what the
 * conventions promise is in the contract and not only in prose (registered with
 * {@code mp.openapi.filter}):
 * <ul>
 * <li>the error answers each operation can give, as {@code application/problem+json} (the Problem
 * schema), following from its method, path, security and body;</li>
 * <li>security on every operation: {@code [{bearer}]} where a role is required, {@code [{}, {bearer}]}
 * where anonymous callers are served too;</li>
 * <li>the headers: {@code ETag} on answers that carry a versioned resource, {@code Location} on 201,
 * {@code Idempotent-Replayed} where an {@code Idempotency-Key} is accepted, {@code Retry-After} on
 * 503; {@code If-Match} required wherever 428 is possible;</li>
 * <li>a merge-patch schema per patchable resource ({@code XRequest} gives {@code XPatch}): every
 * property optional, {@code null} allowed where it clears an optional value (RFC 7396).</li>
 * </ul>
 * The answers are checked against the result in every service's tests (test-kit's response
 * validation), so a rule written here that the code does not keep fails the build.
 */
public class ContractFilter implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String HEADERS = "#/components/headers/";
    private static final String PROBLEM_REF = SCHEMAS + "Problem";
    private static final String BEARER = "bearer";
    /** Vendor extension on a list operation whose resource also answers text/csv; replaced by the CSV content. */
    public static final String CSV_EXPORT = "x-csv-export";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        addSchemas(api);
        addHeaders(api);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((method, op) -> {
                    secure(op);
                    ifMatch(method, op);
                    idempotencyKey(op);
                    csvExport(op);
                    document(path, method, op);
                    successHeaders(api, op);
                    mergePatchBody(api, op);
                }));
        Bounds.declare(api);
        closeObjects(api);
    }

    /**
     * Unknown JSON properties are refused (400, {@code quarkus.jackson.fail-on-unknown-properties}) and
     * answers carry only their records' fields: every object schema with properties says so.
     */
    private static void closeObjects(OpenAPI api) {
        api.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() != null
                    && !schema.getProperties().isEmpty()
                    && schema.getAdditionalPropertiesSchema() == null
                    && schema.getAdditionalPropertiesBoolean() == null) {
                schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
            }
        });
    }

    /** Anonymous callers are served wherever smallrye found no role requirement (@PermitAll). */
    private static void secure(Operation op) {
        if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
            op.setSecurity(new ArrayList<>(List.of(
                    OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(BEARER))));
        }
    }

    private static boolean anonymousAllowed(Operation op) {
        return op.getSecurity().stream()
                .anyMatch(s -> s.getSchemes() == null || s.getSchemes().isEmpty());
    }

    private static boolean requiresIfMatch(PathItem.HttpMethod method) {
        return method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE;
    }

    /** Every change of an existing resource (PATCH, PUT, DELETE) needs If-Match: 428 without it. */
    private static void ifMatch(PathItem.HttpMethod method, Operation op) {
        Parameter ifMatch = header(op, "If-Match");
        if (ifMatch == null && requiresIfMatch(method)) {
            ifMatch = OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER);
            op.addParameter(ifMatch);
        }
        if (ifMatch != null) {
            boolean required = requiresIfMatch(method);
            ifMatch.required(required)
                    .schema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .maxLength(100)
                            .examples(List.of("\"3\"")))
                    .description(
                            required
                                    ? "The ETag of the last GET: the change applies only if nobody changed the resource since (412 otherwise)"
                                    : "Optional: when sent, the move applies only if the ETag still matches (412 otherwise)");
        }
    }

    private static void idempotencyKey(Operation op) {
        Parameter key = header(op, Idempotency.HEADER);
        if (key != null) {
            key.schema(OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .minLength(1)
                    .maxLength(Idempotency.MAX_KEY_LENGTH)
                    .pattern("^[\\x21-\\x7E]+$")
                    .examples(List.of("7c1f4e2a-create-boya")));
        }
    }

    private static Parameter header(Operation op, String name) {
        if (op.getParameters() == null) {
            return null;
        }
        return op.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                .findFirst()
                .orElse(null);
    }

    private static void document(String path, PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(
                "400",
                "Invalid request: malformed JSON, unknown or invalid fields or parameters (errors lists each field)");
        errors.put(
                "401",
                anonymousAllowed(op)
                        ? "A bearer token was sent but is not valid (expired, bad signature or issuer); "
                                + "send none to be served as an anonymous caller"
                        : "No valid bearer token (missing, expired, bad signature or issuer)");
        if (!anonymousAllowed(op)) {
            errors.put("403", "The token's role or organisation may not do this");
        } else if (method != PathItem.HttpMethod.GET) {
            errors.put("403", "The caller may not do this");
        } else {
            // kit.security.GateDevicePolicy: a gate device's token reaches the check-in operations only
            errors.put("403", "A gate device's token (role checkin) reaches nothing but an event's check-ins");
        }
        if (path.contains("{")) {
            errors.put("404", "No such resource, or not visible to the caller");
        }
        boolean hasBody = op.getRequestBody() != null;
        if (method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE) {
            errors.put("409", "Conflicts with the current state (e.g. an action not allowed now, a duplicate)");
        }
        if (header(op, "If-Match") != null) {
            errors.put("412", "If-Match does not match the current ETag: someone changed it; GET and retry");
        }
        if (requiresIfMatch(method)) {
            errors.put("428", "If-Match is required");
        }
        if (hasBody) {
            errors.put("413", "Body too large (1 MiB; 20 MiB for imports)");
            errors.put("415", "Unsupported Content-Type");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PATCH) {
            errors.put(
                    "422",
                    "Well-formed but not acceptable (e.g. Idempotency-Key reused with another body, unknown referenced resource)");
        }
        errors.put("500", "Unexpected failure (logged; no details are disclosed)");
        errors.put(
                "503",
                "The database is unreachable, every connection is busy, or the service has too many requests in progress: retry after Retry-After seconds");
        errors.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
            APIResponse response = responses.getAPIResponse(status);
            if (response.getDescription() == null
                    || response.getDescription().isBlank()
                    || response.getDescription().equals("Not Authorized")
                    || response.getDescription().equals("Not Allowed")) {
                response.setDescription(description);
            }
            response.setContent(problemContent());
            if (status.equals("503")) {
                response.addHeader("Retry-After", OASFactory.createHeader().ref(HEADERS + "Retry-After"));
            }
        });
        // an error a resource declares itself (a 409 on a GET, say) is a problem too
        responses.getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5"))
                    && (response.getContent() == null
                            || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
        });
    }

    /** ETag wherever the answer is a versioned resource, Location on 201, Idempotent-Replayed where a key is accepted. */
    private static void successHeaders(OpenAPI api, Operation op) {
        boolean idempotent = header(op, Idempotency.HEADER) != null;
        op.getResponses().getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("2")) {
                return;
            }
            if (versioned(api, response)) {
                response.addHeader("ETag", OASFactory.createHeader().ref(HEADERS + "ETag"));
            }
            if (status.equals("201")) {
                response.addHeader("Location", OASFactory.createHeader().ref(HEADERS + "Location"));
            }
            if (idempotent) {
                response.addHeader(
                        "Idempotent-Replayed", OASFactory.createHeader().ref(HEADERS + "Idempotent-Replayed"));
            }
        });
    }

    private static boolean versioned(OpenAPI api, APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return false;
        }
        return response.getContent().getMediaTypes().values().stream()
                .map(MediaType::getSchema)
                .map(s -> resolve(api, s))
                .anyMatch(s -> s != null
                        && s.getProperties() != null
                        && s.getProperties().containsKey("version"));
    }

    private static Schema resolve(OpenAPI api, Schema schema) {
        if (schema == null || schema.getRef() == null || !schema.getRef().startsWith(SCHEMAS)) {
            return schema;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        return schemas == null ? null : schemas.get(schema.getRef().substring(SCHEMAS.length()));
    }

    /** A list that also answers {@code Accept: text/csv} (marked {@value #CSV_EXPORT} on its resource method) says so. */
    private static void csvExport(Operation op) {
        if (op.getExtensions() == null || !op.getExtensions().containsKey(CSV_EXPORT)) {
            return;
        }
        op.removeExtension(CSV_EXPORT);
        APIResponse ok = op.getResponses().getAPIResponse("200");
        ok.getContent()
                .addMediaType(
                        MediaTypes.CSV,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .description(
                                                "With Accept: text/csv: every matching row, not paged and not capped, streamed from the database, "
                                                        + "UTF-8 with a byte-order mark, a header row first")));
    }

    /** An error answer's body: RFC 9457 problem+json. */
    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        "application/problem+json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    /** {@code application/merge-patch+json} bodies get their own schema, derived from the resource's request schema. */
    private static void mergePatchBody(OpenAPI api, Operation op) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
            return;
        }
        MediaType patch = op.getRequestBody().getContent().getMediaType(MediaTypes.MERGE_PATCH_JSON);
        if (patch == null || patch.getSchema() == null || patch.getSchema().getRef() == null) {
            return;
        }
        String requestName = patch.getSchema().getRef().substring(SCHEMAS.length());
        String patchName = requestName.replaceFirst("Request$", "") + "Patch";
        Schema request = api.getComponents().getSchemas().get(requestName);
        if (request == null) {
            return;
        }
        if (api.getComponents().getSchemas().get(patchName) == null) {
            api.getComponents().addSchema(patchName, patchSchema(requestName, request));
        }
        patch.setSchema(OASFactory.createSchema().ref(SCHEMAS + patchName));
        op.getRequestBody().required(true);
    }

    private static Schema patchSchema(String requestName, Schema request) {
        List<String> required = request.getRequired() == null ? List.of() : request.getRequired();
        Schema out = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description(
                        "JSON Merge Patch (RFC 7396) of " + requestName
                                + ": send only what changes. Every property is optional; "
                                + "null removes an optional value (properties that may be null); objects are merged, arrays replaced whole.")
                .additionalPropertiesSchema(request.getAdditionalPropertiesSchema());
        if (request.getAdditionalPropertiesBoolean() != null) {
            out.additionalPropertiesBoolean(request.getAdditionalPropertiesBoolean());
        }
        request.getProperties()
                .forEach((name, property) ->
                        out.addProperty(name, required.contains(name) ? property : nullable(property)));
        return out;
    }

    /** The property's schema, also accepting null (OpenAPI 3.1: a "null" type, or anyOf with it beside a $ref). */
    private static Schema nullable(Schema property) {
        Schema nullType = OASFactory.createSchema().addType(Schema.SchemaType.NULL);
        if (property.getRef() != null
                || property.getType() == null
                || property.getType().isEmpty()) {
            return OASFactory.createSchema().anyOf(new ArrayList<>(List.of(property, nullType)));
        }
        Schema copy = OASFactory.createSchema();
        copy.setAll(new LinkedHashMap<>(property.getAll()));
        List<Schema.SchemaType> types = new ArrayList<>(property.getType());
        if (!types.contains(Schema.SchemaType.NULL)) {
            types.add(Schema.SchemaType.NULL);
        }
        copy.setType(types);
        if (copy.getEnumeration() != null && !copy.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(copy.getEnumeration());
            values.add(null);
            copy.setEnumeration(values);
        }
        return copy;
    }

    private static void addHeaders(OpenAPI api) {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Header etag = OASFactory.createHeader()
                .description("The resource's version; send it as If-Match to change the resource")
                .schema(string.maxLength(22))
                .example("\"0\"");
        Header location = OASFactory.createHeader()
                .description("URL of the created resource")
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .format("uri-reference")
                        .maxLength(2048));
        Header replayed = OASFactory.createHeader()
                .description("true when this is the stored answer to an earlier request with the "
                        + "same Idempotency-Key and body")
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .enumeration(List.of("true")));
        Header retryAfter = OASFactory.createHeader()
                .description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .format("int32")
                        .minimum(BigDecimal.ZERO)
                        .maximum(BigDecimal.valueOf(3600)))
                .example(5);
        api.getComponents().addHeader("ETag", etag);
        api.getComponents().addHeader("Location", location);
        api.getComponents().addHeader("Idempotent-Replayed", replayed);
        api.getComponents().addHeader("Retry-After", retryAfter);
    }

    private static void addSchemas(OpenAPI api) {
        Schema fieldError = OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid field of the request.")
                .addProperty(
                        "field",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .maxLength(500)
                                .description("Path of the field in the body, or the parameter name")
                                .examples(List.of("creditCode")))
                .addProperty(
                        "message",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .maxLength(2000)
                                .description("What is wrong with it")
                                .examples(List.of("checksum does not match")))
                .required(List.of("field", "message"));
        Schema problem = OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description(
                        "RFC 9457 problem details: the body of every error answer (application/problem+json). Absent "
                                + "values are omitted.")
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .format("uri")
                                .maxLength(200)
                                .description("Identifies the kind of problem")
                                .examples(List.of("https://alliancehub.io/problems/validation")))
                .addProperty(
                        "title",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .maxLength(200)
                                .examples(List.of("Invalid request")))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.INTEGER))
                                .format("int32")
                                .minimum(BigDecimal.valueOf(400))
                                .maximum(BigDecimal.valueOf(599))
                                .examples(List.of(400)))
                .addProperty(
                        "detail",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .maxLength(4000)
                                .examples(List.of("1 field is invalid")))
                .addProperty(
                        "instance",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .maxLength(8192)
                                .description("The request path")
                                .examples(List.of("/api/v1/organizations")))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.ARRAY))
                                .maxItems(Problem.MAX_ERRORS)
                                .description("Field-level errors, for validation problems (the first "
                                        + Problem.MAX_ERRORS + "; detail gives the total)")
                                .items(OASFactory.createSchema().ref(SCHEMAS + "FieldError")))
                .required(List.of("type", "title", "status"));
        api.getComponents().addSchema("FieldError", fieldError);
        api.getComponents().addSchema("Problem", problem);
    }
}
