package io.alliancehub.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalog, {@link EventTypes} and the payload records describe the same event types, and what the
 * generated schemas require is what the records enforce: an event type cannot be added in one place only.
 */
class SingleSourceTest {

    /** The packages of the payload records, one per producing service. */
    static final List<String> PAYLOAD_PACKAGES = List.of("members", "events", "agreements", "notifications");

    @Test
    void everyEventTypeConstantIsACatalogEntryAndViceVersa() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field f : EventTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())
                    && f.getType() == String.class
                    && !f.getName().equals("PREFIX")) {
                constants.add((String) f.get(null));
            }
        }
        assertThat(constants)
                .as("EventTypes constants vs EventCatalog entries")
                .containsExactlyElementsOf(
                        EventCatalog.all().stream().map(EventDescriptor::type).toList());
    }

    /**
     * Every record of the payload packages is either a catalog entry's payload or a value nested in one (e.g.
     * {@code Party}); a new payload record without its catalog entry fails here.
     */
    @Test
    void everyPayloadRecordIsACatalogEntry() throws IOException {
        List<Class<?>> records = payloadPackageRecords();
        Set<Class<?>> nested = new HashSet<>();
        for (Class<?> record : records) {
            for (RecordComponent c : record.getRecordComponents()) {
                nested.add(c.getType());
                if (c.getGenericType() instanceof ParameterizedType list) {
                    Arrays.stream(list.getActualTypeArguments())
                            .filter(Class.class::isInstance)
                            .forEach(t -> nested.add((Class<?>) t));
                }
            }
        }
        List<Class<?>> payloads =
                records.stream().filter(r -> !nested.contains(r)).toList();
        assertThat(payloads)
                .as("payload records (records of %s not nested in another)", PAYLOAD_PACKAGES)
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(EventCatalog.all().stream()
                        .<Class<?>>map(EventDescriptor::payloadType)
                        .toList());
    }

    /** Payloads and their nested values are described (the schemas' descriptions) and never write nulls. */
    @Test
    void everyContractRecordIsDescribedAndLeavesAbsentValuesOut() throws IOException {
        List<Class<?>> records = new ArrayList<>(payloadPackageRecords());
        records.add(io.alliancehub.contracts.common.LocalizedText.class);
        for (Class<?> record : records) {
            assertThat(record.getAnnotation(JsonClassDescription.class))
                    .as("@JsonClassDescription of %s", record)
                    .isNotNull();
            JsonInclude include = record.getAnnotation(JsonInclude.class);
            assertThat(include).as("@JsonInclude of %s", record).isNotNull();
            assertThat(include.value()).as("@JsonInclude of %s", record).isEqualTo(JsonInclude.Include.NON_NULL);
        }
    }

    @ParameterizedTest
    @MethodSource("io.alliancehub.contracts.events.EventCatalogTest#entries")
    void keyAndSubjectAreRequiredUuidProperties(EventDescriptor d) throws NoSuchMethodException {
        JsonNode schema = Schemas.readTree(d.schemaPath());
        for (String property : List.of(d.keyProperty(), d.subjectProperty())) {
            assertThat(d.payloadType().getMethod(property).getReturnType())
                    .as("%s.%s", d.type(), property)
                    .isEqualTo(UUID.class);
            assertThat(schema.path("required"))
                    .extracting(JsonNode::asText)
                    .as("required of %s", d.type())
                    .contains(property);
        }
        assertThat(EventCatalog.byTopic(d.topic()))
                .extracting(EventDescriptor::keyProperty)
                .containsOnly(d.keyProperty());
    }

    static Stream<Arguments> fullSamplesAndComponents() {
        List<Arguments> cases = new ArrayList<>();
        Samples.all().forEach((label, payload) -> {
            if (!label.endsWith("Minimal")) {
                for (RecordComponent c : payload.getClass().getRecordComponents()) {
                    if (!c.getType().isPrimitive()) {
                        cases.add(Arguments.of(label, payload, c.getName()));
                    }
                }
            }
        });
        return cases.stream();
    }

    /**
     * A property the generated schema requires ({@code @Required}) is one the record's constructor rejects as
     * null, or replaces (a null list becomes empty); any other may be null (and is then left out).
     */
    @ParameterizedTest(name = "{0}.{2}")
    @MethodSource("fullSamplesAndComponents")
    void requiredInTheSchemaIfAndOnlyIfTheRecordRejectsNull(String label, Record payload, String property)
            throws ReflectiveOperationException {
        List<String> required = new ArrayList<>();
        Schemas.readTree(EventCatalog.forPayload(payload).schemaPath())
                .path("required")
                .forEach(n -> required.add(n.asText()));

        RecordComponent[] components = payload.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        int index = -1;
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getAccessor().invoke(payload);
            if (components[i].getName().equals(property)) {
                index = i;
            }
        }
        values[index] = null;
        Constructor<?> canonical = payload.getClass()
                .getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Object built;
        try {
            built = canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            assertThat(required)
                    .as("%s rejects a null %s, so its schema must require it", label, property)
                    .contains(property);
            assertThat(e.getCause()).isInstanceOf(NullPointerException.class).hasMessageContaining(property);
            return;
        }
        Object value = components[index].getAccessor().invoke(built);
        if (required.contains(property)) {
            assertThat(value)
                    .as("%s.%s is required by its schema, but the record keeps a null", label, property)
                    .isNotNull();
        } else if (value != null) {
            fail("%s.%s is optional in its schema, but the record replaces a null by %s", label, property, value);
        }
    }

    /** The records of the payload packages, from the compiled classes of this module. */
    static List<Class<?>> payloadPackageRecords() throws IOException {
        Path classes;
        try {
            classes = Path.of(EventCatalog.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> records = new ArrayList<>();
        for (String pkg : PAYLOAD_PACKAGES) {
            String name = EventCatalog.class.getPackageName() + "." + pkg;
            try (Stream<Path> files = Files.list(classes.resolve(name.replace('.', '/')))) {
                for (Path file : files.sorted().toList()) {
                    String simple = file.getFileName().toString();
                    if (simple.endsWith(".class") && !simple.contains("$")) {
                        Class<?> type;
                        try {
                            type = Class.forName(name + "." + simple.substring(0, simple.length() - ".class".length()));
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(e);
                        }
                        if (type.isRecord()) {
                            records.add(type);
                        }
                    }
                }
            }
        }
        return records;
    }
}
