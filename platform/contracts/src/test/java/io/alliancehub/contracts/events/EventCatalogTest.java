package io.alliancehub.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.alliancehub.contracts.codes.CodeList;
import io.alliancehub.contracts.events.members.MembershipStatusChanged;
import io.alliancehub.contracts.events.members.OrganizationRegistered;
import io.alliancehub.contracts.events.members.OrganizationUpdated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCatalogTest {

    static Stream<EventDescriptor> entries() {
        return EventCatalog.all().stream();
    }

    @Test
    void catalogListsTheMembersEvents() {
        assertThat(EventCatalog.all()).extracting(EventDescriptor::type).containsExactly(
                EventTypes.ORGANIZATION_REGISTERED, EventTypes.ORGANIZATION_UPDATED,
                EventTypes.MEMBERSHIP_STATUS_CHANGED);
        assertThat(EventCatalog.require(EventTypes.ORGANIZATION_REGISTERED).payloadType())
                .isEqualTo(OrganizationRegistered.class);
        assertThat(EventCatalog.require(EventTypes.ORGANIZATION_UPDATED).schemaPath())
                .isEqualTo("schemas/members/organization.updated.v1.json");
        assertThat(EventCatalog.byPayloadType(MembershipStatusChanged.class)).get()
                .extracting(EventDescriptor::type).isEqualTo(EventTypes.MEMBERSHIP_STATUS_CHANGED);
        assertThat(EventCatalog.forPayload(Samples.updated()).type()).isEqualTo(EventTypes.ORGANIZATION_UPDATED);
        assertThat(EventCatalog.byTopic(Topics.MEMBERS)).hasSize(3);
        assertThat(EventCatalog.byTopic(Topics.EVENTS)).isEmpty();
        assertThat(EventCatalog.byType("io.alliancehub.members.unknown.v1")).isEmpty();
        assertThat(EventCatalog.byType(null)).isEmpty();
        assertThat(EventCatalog.byPayloadType(OrganizationUpdated.class)).isPresent();
        assertThat(EventCatalog.byPayloadType(String.class)).isEmpty();
        assertThatThrownBy(() -> EventCatalog.require("nope")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventCatalog.forPayload("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void topics() {
        assertThat(Topics.MEMBERS).isEqualTo("alliance.members.v1");
        assertThat(Topics.EVENTS).isEqualTo("alliance.events.v1");
        assertThat(Topics.AGREEMENTS).isEqualTo("alliance.agreements.v1");
        assertThat(Topics.deadLetter(Topics.MEMBERS)).isEqualTo("alliance.members.v1.dlt");
        assertThatThrownBy(() -> Topics.deadLetter(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void metaSchemaCheckRejectsBrokenSchemas() throws Exception {
        JsonSchema meta = Schemas.metaSchema();
        assertThat(meta.validate(Schemas.MAPPER.readTree("{\"type\": \"strin\"}"))).isNotEmpty();
        assertThat(meta.validate(Schemas.MAPPER.readTree("{\"required\": \"name\"}"))).isNotEmpty();
        assertThat(meta.validate(Schemas.MAPPER.readTree("{\"type\": \"object\"}"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("entries")
    void entryIsConsistent(EventDescriptor d) {
        assertThat(d.type()).startsWith(EventTypes.PREFIX).endsWith(".v1");
        assertThat(d.topic()).isIn(Topics.MEMBERS, Topics.EVENTS, Topics.AGREEMENTS);
        String service = d.type().substring(EventTypes.PREFIX.length()).split("\\.")[0];
        assertThat(d.topic()).isEqualTo("alliance." + service + ".v1");
        assertThat(d.schemaPath()).startsWith("schemas/" + service + "/").endsWith(".v1.json")
                .doesNotStartWith("/");
        assertThat(d.schemaResource()).isEqualTo("/" + d.schemaPath());
        assertThat(d.payloadType().isRecord()).isTrue();
        assertThat(EventCatalog.byType(d.type())).contains(d);
        assertThat(EventCatalog.byPayloadType(d.payloadType())).contains(d);
    }

    @ParameterizedTest
    @MethodSource("entries")
    void schemaLoadsAndIsAValidDraft202012Schema(EventDescriptor d) throws Exception {
        assertThat(d.schemaUrl()).isNotNull();
        try (InputStream in = d.openSchema()) {
            assertThat(in.readAllBytes()).isNotEmpty();
        }
        assertThat(EventDescriptor.class.getResource(d.schemaResource())).isNotNull();

        JsonNode schemaNode = Schemas.readTree(d.schemaPath());
        Set<ValidationMessage> problems = Schemas.metaSchema().validate(schemaNode);
        assertThat(problems).as("meta-schema validation of %s", d.schemaPath()).isEmpty();

        JsonSchema schema = Schemas.load(d.schemaPath());
        assertThat(schema).isNotNull();

        assertThat(schemaNode.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schemaNode.path("$id").asText()).isEqualTo("https://alliancehub.io/" + d.schemaPath());
        assertThat(schemaNode.path("title").asText()).isEqualTo(d.payloadType().getSimpleName());
        assertThat(schemaNode.path("description").asText()).contains(d.type(), d.topic(), "no personal data");
    }

    @ParameterizedTest
    @MethodSource("entries")
    void schemaPropertiesAreTheRecordComponents(EventDescriptor d) {
        JsonNode schema = Schemas.readTree(d.schemaPath());
        List<String> properties = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        List<String> components = Arrays.stream(d.payloadType().getRecordComponents())
                .map(RecordComponent::getName).toList();
        assertThat(properties).containsExactlyElementsOf(components);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        assertThat(components).containsAll(required);
        assertThat(required).contains("organizationId");
    }

    @ParameterizedTest
    @MethodSource("entries")
    void schemaIsClosedAndDescribed(EventDescriptor d) {
        JsonNode schema = Schemas.readTree(d.schemaPath());
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertClosed(schema, "$");
        schema.path("$defs").fields().forEachRemaining(e -> assertClosed(e.getValue(), "$defs/" + e.getKey()));
        schema.path("properties").fields().forEachRemaining(e -> {
            JsonNode p = e.getValue();
            String description = p.path("description").asText(
                    p.has("$ref") ? resolve(schema, p.get("$ref").asText()).path("description").asText() : "");
            assertThat(description).as("description of %s", e.getKey()).isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("entries")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void schemaEnumsAreTheCodeLists(EventDescriptor d) throws Exception {
        JsonNode schema = Schemas.readTree(d.schemaPath());
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) schema.path("$defs")::fields) {
            if (!e.getValue().has("enum")) {
                continue;
            }
            Class<?> codeList = Class.forName("io.alliancehub.contracts.codes." + e.getKey());
            assertThat(CodeList.class).isAssignableFrom(codeList);
            List<String> expected = Arrays.stream(codeList.getEnumConstants())
                    .map(c -> ((CodeList) c).code()).toList();
            List<String> actual = new ArrayList<>();
            e.getValue().get("enum").forEach(n -> actual.add(n.asText()));
            assertThat(actual).as("enum of $defs/%s", e.getKey()).containsExactlyElementsOf(expected);
        }
    }

    private static void assertClosed(JsonNode node, String where) {
        if ("object".equals(node.path("type").asText())) {
            assertThat(node.path("additionalProperties").isBoolean() && !node.path("additionalProperties").asBoolean())
                    .as("additionalProperties: false at %s", where).isTrue();
        }
        node.path("properties").fields().forEachRemaining(e -> assertClosed(e.getValue(), where + "/" + e.getKey()));
        if (node.has("items")) {
            assertClosed(node.get("items"), where + "/items");
        }
    }

    private static JsonNode resolve(JsonNode root, String ref) {
        assertThat(ref).startsWith("#/");
        return root.at(ref.substring(1));
    }
}
