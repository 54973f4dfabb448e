package io.alliancehub.contracts.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Test helpers: the JSON mapper the services use for payloads, and schema loading/validation. */
final class Schemas {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** Formats (uuid, date, date-time) are asserted, not just annotations. */
    static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private Schemas() {}

    static JsonSchema load(String classpathPath) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("classpath:" + classpathPath), CONFIG);
        schema.initializeValidators();
        return schema;
    }

    static JsonSchema metaSchema() {
        JsonSchema schema =
                FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);
        schema.initializeValidators();
        return schema;
    }

    static JsonNode readTree(String classpathPath) {
        try (InputStream in = SchemaPaths.open(classpathPath)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payload property that is the Kafka record key of every event on {@code topic}. */
    static String keyProperty(String topic) {
        return switch (topic) {
            case Topics.MEMBERS -> "organizationId";
            case Topics.EVENTS -> "eventId";
            case Topics.AGREEMENTS -> "agreementId";
            case Topics.NOTIFICATIONS -> "subscriptionId";
            default -> throw new IllegalArgumentException(topic);
        };
    }

    static JsonNode toJson(Object payload) {
        return MAPPER.valueToTree(payload);
    }

    static Set<ValidationMessage> validate(Object payload) {
        return load(EventCatalog.forPayload(payload).schemaPath()).validate(toJson(payload));
    }
}
