package io.alliancehub.kit.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Declares the size of every string, integer and array in a service's OpenAPI document, so a
 * client (and a linter checking for resource exhaustion) knows the bounds. Only bounds that
 * already hold are written:
 * <ul>
 * <li>a string with a format is as long as that format allows (a uuid 36, a date 10, a date-time
 * with offset and nanoseconds 35);</li>
 * <li>an integer without declared limits takes its format's range, which is what the service
 * parses (int32 when no format is given: Java {@code int});</li>
 * <li>an array of an enum holds each value at most once;</li>
 * <li>a property of an answer ({@code X}) takes the bound of the same property of the request it
 * was stored from ({@code XRequest}): what the service returns is what it accepted;</li>
 * <li>bilingual text takes the longest {@code @Bilingual} limit in use (each field's own limit is
 * checked on input); the shared code lists' codes and labels are at most 100 characters.</li>
 * </ul>
 * Everything else declares its bound where it is defined ({@code @Size} on the record component,
 * {@code maxLength} on the parameter), next to the check that enforces it.
 */
final class Bounds {

    /** The longest {@code @Bilingual(max)} in the suite (agreement texts). */
    static final int LONGEST_BILINGUAL = 8000;

    /** The longest code or label of the shared code lists (checked by contracts' CodeListTest). */
    static final int CODE_LIST_TEXT = 100;

    private static final String SCHEMAS = "#/components/schemas/";

    private Bounds() {}

    static void declare(OpenAPI api) {
        Map<String, Schema> components = api.getComponents().getSchemas() == null
                ? Map.of()
                : api.getComponents().getSchemas();
        components.forEach((name, schema) -> {
            Schema request = components.get(name + "Request");
            if (request != null && request.getProperties() != null && schema.getProperties() != null) {
                schema.getProperties().forEach((property, answer) -> {
                    Schema accepted = request.getProperties().get(property);
                    if (accepted != null) {
                        copyBounds(accepted, answer);
                    }
                });
            }
        });
        limitProperties(components.get("LocalizedText"), LONGEST_BILINGUAL);
        limitProperties(components.get("CodeLabel"), CODE_LIST_TEXT);
        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Consumer<Schema> bound = s -> bound(s, components);
        components.values().forEach(s -> walk(s, bound, seen));
        if (api.getComponents().getHeaders() != null) {
            api.getComponents().getHeaders().values().forEach(h -> walk(h.getSchema(), bound, seen));
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(op -> {
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> walk(p.getSchema(), bound, seen));
                    }
                    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                        op.getRequestBody()
                                .getContent()
                                .getMediaTypes()
                                .values()
                                .forEach(m -> walk(m.getSchema(), bound, seen));
                    }
                    if (op.getResponses() != null) {
                        op.getResponses().getAPIResponses().values().forEach(r -> {
                            if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                                r.getContent().getMediaTypes().values().forEach(m -> walk(m.getSchema(), bound, seen));
                            }
                            if (r.getHeaders() != null) {
                                r.getHeaders().values().forEach(h -> walk(h.getSchema(), bound, seen));
                            }
                        });
                    }
                }));
    }

    private static void limitProperties(Schema schema, int maxLength) {
        if (schema != null && schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> {
                if (p.getMaxLength() == null) {
                    p.setMaxLength(maxLength);
                }
            });
        }
    }

    private static void copyBounds(Schema from, Schema to) {
        if (to.getMaxLength() == null && from.getMaxLength() != null) {
            to.setMaxLength(from.getMaxLength());
        }
        if (to.getMaxItems() == null && from.getMaxItems() != null) {
            to.setMaxItems(from.getMaxItems());
        }
        if (to.getItems() != null && from.getItems() != null) {
            copyBounds(from.getItems(), to.getItems());
        }
    }

    private static void walk(Schema schema, Consumer<Schema> visit, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        visit.accept(schema);
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        children.add(schema.getItems());
        children.add(schema.getAdditionalPropertiesSchema());
        for (List<Schema> group : new List[] {schema.getAnyOf(), schema.getAllOf(), schema.getOneOf()}) {
            if (group != null) {
                children.addAll(group);
            }
        }
        children.forEach(c -> walk(c, visit, seen));
    }

    private static void bound(Schema s, Map<String, Schema> components) {
        List<Schema.SchemaType> types = s.getType() == null ? List.of() : s.getType();
        if (types.contains(Schema.SchemaType.STRING)
                && s.getMaxLength() == null
                && s.getEnumeration() == null
                && s.getConstValue() == null) {
            Integer length = switch (s.getFormat() == null ? "" : s.getFormat()) {
                case "uuid" -> 36;
                case "date" -> 10;
                case "date-time" -> 35;
                default -> null;
            };
            if (length != null) {
                s.setMaxLength(length);
            }
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            if (s.getFormat() == null) {
                s.setFormat("int32");
            }
            boolean int64 = "int64".equals(s.getFormat());
            if (s.getMinimum() == null && s.getExclusiveMinimum() == null) {
                s.setMinimum(BigDecimal.valueOf(int64 ? Long.MIN_VALUE : Integer.MIN_VALUE));
            }
            if (s.getMaximum() == null && s.getExclusiveMaximum() == null) {
                s.setMaximum(BigDecimal.valueOf(int64 ? Long.MAX_VALUE : Integer.MAX_VALUE));
            }
        }
        if (types.contains(Schema.SchemaType.ARRAY) && s.getMaxItems() == null && s.getItems() != null) {
            Schema items = s.getItems();
            if (items.getRef() != null && items.getRef().startsWith(SCHEMAS)) {
                items = components.getOrDefault(items.getRef().substring(SCHEMAS.length()), items);
            }
            if (items.getEnumeration() != null) {
                s.setMaxItems(items.getEnumeration().size());
            }
        }
    }
}
