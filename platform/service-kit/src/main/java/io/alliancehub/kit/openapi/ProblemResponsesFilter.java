package io.alliancehub.kit.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the suite's error answers on every operation, so a partner developer sees each
 * status an operation can return and its problem+json shape: the Problem schema, and the statuses
 * that follow from the method, the path, the security and the body of each operation.
 * Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        addSchemas(api);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> document(path, method, op)));
    }

    private void document(String path, PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Invalid request: malformed JSON, unknown or invalid fields or parameters (errors lists each field)");
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (secured) {
            errors.put("401", "No valid bearer token (missing, expired, bad signature or issuer)");
            errors.put("403", "The token's role or organisation may not do this");
        }
        if (path.contains("{")) {
            errors.put("404", "No such resource, or not visible to the caller");
        }
        boolean hasBody = op.getRequestBody() != null;
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE) {
            errors.put("409", "Conflicts with the current state (e.g. an action not allowed now, a duplicate)");
        }
        if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
            errors.put("412", "If-Match does not match the current ETag: someone changed it; GET and retry");
            errors.put("428", "If-Match is required");
        }
        if (hasBody) {
            errors.put("413", "Body too large (1 MiB; 20 MiB for imports)");
            errors.put("415", "Unsupported Content-Type");
        }
        if (method == PathItem.HttpMethod.POST) {
            errors.put("422", "Well-formed but not acceptable (e.g. Idempotency-Key reused with another body, unknown referenced resource)");
        }
        errors.put("500", "Unexpected failure (logged; no details are disclosed)");
        errors.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
            var response = responses.getAPIResponse(status);
            if (response.getDescription() == null || response.getDescription().isBlank() || response.getDescription().equals("Not Authorized")
                    || response.getDescription().equals("Not Allowed")) {
                response.setDescription(description);
            }
            response.setContent(OASFactory.createContent().addMediaType("application/problem+json",
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        });
    }

    private void addSchemas(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid field of the request.")
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("Path of the field in the body, or the parameter name").examples(List.of("creditCode")))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("What is wrong with it").examples(List.of("checksum does not match")));
        Schema problem = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details: the body of every error answer (application/problem+json).")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri")
                        .description("Identifies the kind of problem").examples(List.of("https://alliancehub.io/problems/validation")))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("Invalid request")))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).examples(List.of(400)))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("1 field is invalid")))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The request path").examples(List.of("/api/v1/organizations")))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status"));
        api.getComponents().addSchema("FieldError", fieldError);
        api.getComponents().addSchema("Problem", problem);
    }
}
