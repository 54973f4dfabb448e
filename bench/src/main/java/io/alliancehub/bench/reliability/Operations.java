package io.alliancehub.bench.reliability;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every operation of the gateway's merged OpenAPI, with what a check needs to call it. */
final class Operations {

    record Op(
            String id,
            String method,
            String path,
            List<Parameter> parameters,
            String bodyType,
            Schema<?> bodySchema,
            String accept,
            List<String> bodyTypes) {

        boolean hasBody() {
            return bodyType != null;
        }

        /** The path with each {placeholder} filled from the fixtures, by the resource it names. */
        String resolve(Fixtures f) {
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, f.id(fixtureFor(path.substring(0, m.start()), m.group(1))));
            }
            return m.appendTail(out).toString();
        }

        private static String fixtureFor(String before, String name) {
            return switch (name) {
                case "organizationId" -> "orgA";
                case "contactId" -> "contactA";
                case "seatId" -> "seat";
                case "eventId" -> "event";
                case "sessionId" -> "session";
                case "exhibitorId" -> "exhibitor";
                case "registrationId" -> "registration";
                case "agreementId" -> "agreement";
                case "milestoneId" -> "milestone";
                case "committeeId" -> "committee";
                case "webhookId" -> "webhook";
                case "deliveryId" -> "delivery";
                case "linkId" -> "optOutLink";
                default -> fail(before, name);
            };
        }

        private static String fail(String before, String name) {
            throw new IllegalStateException("no fixture for {" + name + "} after " + before);
        }

        List<Parameter> query() {
            return parameters.stream().filter(p -> "query".equals(p.getIn())).toList();
        }

        List<Parameter> pathParams() {
            return parameters.stream().filter(p -> "path".equals(p.getIn())).toList();
        }
    }

    static List<Op> load(String specUrl) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI spec = new OpenAPIV3Parser().read(specUrl, null, options);
        if (spec == null) {
            throw new IllegalStateException("cannot read the merged OpenAPI at " + specUrl);
        }
        List<Op> ops = new ArrayList<>();
        spec.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                    if (!path.startsWith("/api/")) {
                        return;
                    }
                    String bodyType = null;
                    Schema<?> bodySchema = null;
                    List<String> bodyTypes = List.of();
                    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                        bodyTypes = List.copyOf(op.getRequestBody().getContent().keySet());
                        Map.Entry<String, MediaType> first = op.getRequestBody()
                                .getContent()
                                .entrySet()
                                .iterator()
                                .next();
                        bodyType = first.getKey();
                        bodySchema = first.getValue().getSchema();
                    }
                    ops.add(new Op(
                            op.getOperationId(),
                            method.name(),
                            path,
                            parameters(item.getParameters(), op),
                            bodyType,
                            bodySchema,
                            accept(op),
                            bodyTypes));
                }));
        return ops;
    }

    /** What a successful answer is (application/json unless the operation says otherwise, e.g. text/calendar). */
    private static String accept(Operation op) {
        return op.getResponses().entrySet().stream()
                .filter(r -> r.getKey().startsWith("2") && r.getValue().getContent() != null)
                .flatMap(r -> r.getValue().getContent().keySet().stream())
                .findFirst()
                .orElse("application/json");
    }

    private static List<Parameter> parameters(List<Parameter> common, Operation op) {
        List<Parameter> all = new ArrayList<>(common == null ? List.of() : common);
        if (op.getParameters() != null) {
            all.addAll(op.getParameters());
        }
        return all;
    }
}
