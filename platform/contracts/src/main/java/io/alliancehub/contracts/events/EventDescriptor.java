package io.alliancehub.contracts.events;

import java.io.InputStream;
import java.net.URL;
import java.util.Objects;

/**
 * One published event type, as listed by the {@link EventCatalog}: its CloudEvents type, the topic it is sent
 * to, the Java record of its payload, the class-path location of the payload's JSON Schema (draft 2020-12,
 * generated from the record) and which payload properties are the Kafka record key and the CloudEvents
 * subject.
 *
 * @param type            CloudEvents {@code type}, e.g. {@value EventTypes#ORGANIZATION_REGISTERED}
 * @param topic           Kafka topic, e.g. {@value Topics#MEMBERS}
 * @param payloadType     the payload record class
 * @param schemaPath      class-path location of the JSON Schema, no leading slash, e.g.
 *                        {@code schemas/members/organization.registered.v1.json} (see {@link SchemaPaths#of})
 * @param keyProperty     the payload property (a UUID) that is the Kafka record key, the same for every type of
 *                        a topic, e.g. {@code organizationId}
 * @param subjectProperty the payload property (a UUID) that is the CloudEvents {@code subject}: the key, or e.g.
 *                        {@code registrationId} for an event keyed by its event but about a registration
 */
public record EventDescriptor(
        String type,
        String topic,
        Class<?> payloadType,
        String schemaPath,
        String keyProperty,
        String subjectProperty) {

    public EventDescriptor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(schemaPath, "schemaPath");
        Objects.requireNonNull(keyProperty, "keyProperty");
        Objects.requireNonNull(subjectProperty, "subjectProperty");
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
