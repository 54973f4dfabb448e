package io.alliancehub.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.alliancehub.contracts.events.EventCatalog;
import io.alliancehub.contracts.events.EventDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Checks event payloads against their JSON Schema in platform/contracts (format assertions on). */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemas() {}

    /** The validation messages for a payload of the given CloudEvents type; empty when it conforms. */
    public static List<String> violations(String eventType, byte[] payload) {
        EventDescriptor descriptor = EventCatalog.require(eventType);
        JsonSchema schema = SCHEMAS.computeIfAbsent(
                eventType, t -> FACTORY.getSchema(SchemaLocation.of("classpath:" + descriptor.schemaPath()), CONFIG));
        try {
            JsonNode node = JSON.readTree(payload);
            return schema.validate(node).stream()
                    .map(ValidationMessage::getMessage)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
