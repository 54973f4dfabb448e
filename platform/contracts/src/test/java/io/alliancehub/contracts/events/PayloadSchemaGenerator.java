package io.alliancehub.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.impl.PropertySortUtils;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import io.alliancehub.contracts.codes.CodeList;
import io.alliancehub.contracts.codes.Taxonomy;
import io.alliancehub.contracts.schema.MinLength;
import io.alliancehub.contracts.schema.Minimum;
import io.alliancehub.contracts.schema.Pattern;
import io.alliancehub.contracts.schema.RequireAnyOf;
import io.alliancehub.contracts.schema.Required;
import io.alliancehub.contracts.schema.UniqueItems;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Generates the JSON Schema (draft 2020-12) of an event payload from its record with victools'
 * jsonschema-generator: property names and types from the record components, descriptions from Jackson's
 * {@code @JsonClassDescription}/{@code @JsonPropertyDescription} (read by the generator's Jackson module), the
 * rules the Java types cannot express from the annotations of {@code io.alliancehub.contracts.schema}, enums
 * from the code lists. Every object is closed ({@code additionalProperties: false}) and every nested record or
 * code list is a {@code $defs} entry, so each schema is self-contained. The committed files are checked (and
 * rewritten) by {@link ContractsDriftTest}.
 */
final class PayloadSchemaGenerator {

    static final String SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";
    /** Base of the schemas' {@code $id}s: {@code $id} = base + class-path location. */
    static final String ID_BASE = "https://alliancehub.io/";

    /** Two-space indentation, one array element per line, {@code "key": value}, LF line ends. */
    static final ObjectWriter JSON = new ObjectMapper()
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withSeparators(
                            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private final SchemaGenerator generator;

    PayloadSchemaGenerator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(
                        Option.STANDARD_FORMATS,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.PLAIN_DEFINITION_KEYS)
                .without(Option.SCHEMA_VERSION_INDICATOR);

        // properties in record component order (the default sorts them by name)
        config.forTypesInGeneral().withPropertySorter(PropertySortUtils.SORT_PROPERTIES_FIELDS_BEFORE_METHODS);
        // a code list is a $defs entry of its own, also when used once, like the nested records
        config.forTypesInGeneral()
                .withCustomDefinitionProvider((type, context) -> CodeList.class.isAssignableFrom(type.getErasedType())
                                && type.getErasedType().isEnum()
                        ? new CustomDefinition(
                                codeList(type.getErasedType()),
                                CustomDefinition.DefinitionType.ALWAYS_REF,
                                CustomDefinition.AttributeInclusion.NO)
                        : null);
        config.forTypesInGeneral().withTypeAttributeOverride((attributes, scope, context) -> {
            RequireAnyOf anyOf = scope.getType().getErasedType().getAnnotation(RequireAnyOf.class);
            if (anyOf != null) {
                ArrayNode alternatives = attributes.putArray("anyOf");
                for (String property : anyOf.value()) {
                    alternatives.addObject().putArray("required").add(property);
                }
            }
        });

        // the Jackson module reads @JsonPropertyDescription of the component only; this also finds the one of a
        // snapshot interface
        config.forFields()
                .withDescriptionResolver(field -> field.isFakeContainerItemScope()
                        ? null
                        : rule(field, JsonPropertyDescription.class, JsonPropertyDescription::value));
        config.forFields()
                .withRequiredCheck(field -> field.getType().getErasedType().isPrimitive()
                        || rule(field, Required.class, r -> true) != null);
        config.forFields().withNullableCheck(PayloadSchemaGenerator::nullable);
        // string rules apply to a string property or to the strings of a list property
        config.forFields()
                .withStringMinLengthResolver(
                        field -> strings(field) ? rule(field, MinLength.class, MinLength::value) : null);
        config.forFields()
                .withStringPatternResolver(field -> strings(field) ? rule(field, Pattern.class, Pattern::value) : null);
        config.forFields()
                .withNumberInclusiveMinimumResolver(field -> field.isFakeContainerItemScope()
                        ? null
                        : rule(field, Minimum.class, m -> BigDecimal.valueOf(m.value())));
        config.forFields()
                .withArrayUniqueItemsResolver(
                        field -> field.isFakeContainerItemScope() ? null : rule(field, UniqueItems.class, u -> true));

        generator = new SchemaGenerator(config.build());
    }

    /** The schema of a catalog entry's payload. */
    ObjectNode schema(EventDescriptor d) {
        ObjectNode schema = generator.generateSchema(d.payloadType());
        schema.put("$schema", SCHEMA_DIALECT);
        schema.put("$id", ID_BASE + d.schemaPath());
        schema.put("title", d.payloadType().getSimpleName());
        schema.put(
                "description",
                "Payload of CloudEvents type " + d.type() + " on topic " + d.topic() + ". "
                        + classDescription(d.payloadType()));
        return inKeywordOrder(schema, ROOT_ORDER);
    }

    /** The schema file's text. */
    String json(EventDescriptor d) {
        return toJson(schema(d));
    }

    static String toJson(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The schema with its keywords in a fixed, readable order (at the root: identification first, {@code $defs}
     * last; in a subschema: its type and rules, then the description), also in its subschemas: the generator's
     * own order is an implementation detail.
     */
    private static ObjectNode inKeywordOrder(ObjectNode schema, List<String> order) {
        ObjectNode ordered = schema.objectNode();
        for (String keyword : order) {
            if (schema.has(keyword)) {
                ordered.set(keyword, schema.get(keyword));
            }
        }
        schema.fields().forEachRemaining(e -> ordered.putIfAbsent(e.getKey(), e.getValue()));
        for (String map : List.of("properties", "$defs")) {
            if (ordered.get(map) instanceof ObjectNode subschemas) {
                subschemas
                        .fields()
                        .forEachRemaining(e -> e.setValue(inKeywordOrder((ObjectNode) e.getValue(), SUBSCHEMA_ORDER)));
            }
        }
        if (ordered.get("items") instanceof ObjectNode items) {
            ordered.set("items", inKeywordOrder(items, SUBSCHEMA_ORDER));
        }
        return ordered;
    }

    private static final List<String> ROOT_ORDER = List.of(
            "$schema",
            "$id",
            "title",
            "description",
            "type",
            "properties",
            "required",
            "anyOf",
            "additionalProperties",
            "$defs");
    private static final List<String> SUBSCHEMA_ORDER = List.of(
            "$ref",
            "type",
            "format",
            "enum",
            "minLength",
            "pattern",
            "minimum",
            "items",
            "uniqueItems",
            "description",
            "properties",
            "required",
            "anyOf",
            "additionalProperties");

    /** The description of a payload record (its {@code @JsonClassDescription}); required of every payload. */
    static String classDescription(Class<?> type) {
        JsonClassDescription description = type.getAnnotation(JsonClassDescription.class);
        if (description == null || description.value().isBlank()) {
            throw new IllegalStateException(type.getName() + " has no @JsonClassDescription");
        }
        return description.value();
    }

    /** A code list as a string enum of its codes, described with its name in the taxonomy. */
    private static ObjectNode codeList(Class<?> type) {
        ObjectNode definition = JsonNodeFactory.instance.objectNode();
        definition.put("type", "string");
        ArrayNode codes = definition.putArray("enum");
        for (Object value : type.getEnumConstants()) {
            codes.add(((CodeList) value).code());
        }
        String list = Taxonomy.codeLists().entrySet().stream()
                .filter(e -> e.getValue() == type)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(type.getName() + " is not in the Taxonomy"));
        definition.put("description", classDescription(type) + " (code list '" + list + "').");
        return definition;
    }

    /**
     * A rule of a property: on the record component, else on the same-named accessor of an interface the record
     * implements (the snapshot interfaces describe their properties once for all their payloads).
     */
    private static <A extends Annotation, R> R rule(FieldScope field, Class<A> type, Function<A, R> value) {
        A annotation = field.getRawMember().getAnnotation(type);
        if (annotation == null) {
            for (Class<?> implemented : field.getDeclaringType().getErasedType().getInterfaces()) {
                try {
                    annotation = implemented.getMethod(field.getDeclaredName()).getAnnotation(type);
                } catch (NoSuchMethodException notThisInterface) {
                    continue;
                }
                if (annotation != null) {
                    break;
                }
            }
        }
        return annotation == null ? null : value.apply(annotation);
    }

    private static boolean strings(FieldScope field) {
        return field.getType().getErasedType() == String.class;
    }

    /**
     * {@code type: [X, "null"]} for an optional property that can be written as {@code null}. Every contract
     * record leaves absent values out ({@code @JsonInclude(NON_NULL)}), so none can today: an optional property
     * is absent, never null, and its schema rejects null.
     */
    private static boolean nullable(FieldScope field) {
        if (field.isFakeContainerItemScope()
                || field.getType().getErasedType().isPrimitive()
                || rule(field, Required.class, r -> true) != null) {
            return false;
        }
        JsonInclude include = field.getDeclaringType().getErasedType().getAnnotation(JsonInclude.class);
        return include == null
                || !Set.of(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_EMPTY)
                        .contains(include.value());
    }
}
