package io.alliancehub.contracts.events;

import java.io.InputStream;
import java.net.URL;
import java.util.Objects;

/**
 * One published event type: its CloudEvents type, the topic it is sent to, the Java record of its
 * payload and the class-path location of the payload's JSON Schema (draft 2020-12).
 *
 * @param type        CloudEvents {@code type}, e.g. {@value EventTypes#ORGANIZATION_REGISTERED}
 * @param topic       Kafka topic, e.g. {@value Topics#MEMBERS}
 * @param payloadType the payload record class
 * @param schemaPath  class-path location of the JSON Schema, no leading slash, e.g.
 *                    {@value SchemaPaths#ORGANIZATION_REGISTERED_V1}
 */
public record EventDescriptor(String type, String topic, Class<?> payloadType, String schemaPath) {

    public EventDescriptor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(schemaPath, "schemaPath");
    }

    /** {@link #schemaPath()} with a leading slash, for {@link Class#getResourceAsStream(String)}. */
    public String schemaResource() {
        return "/" + schemaPath;
    }

    /** URL of the JSON Schema inside this jar. */
    public URL schemaUrl() {
        return SchemaPaths.url(schemaPath);
    }

    /** Opens the JSON Schema; the caller closes the stream. */
    public InputStream openSchema() {
        return SchemaPaths.open(schemaPath);
    }
}
