package io.alliancehub.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.alliancehub.contracts.codes.CodeList;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.agreements.AgreementAmended;
import io.alliancehub.contracts.events.agreements.AgreementSnapshot;
import io.alliancehub.contracts.events.agreements.MilestoneOverdue;
import io.alliancehub.contracts.events.agreements.PartyStandingChanged;
import io.alliancehub.contracts.events.events.AttendeeCheckedIn;
import io.alliancehub.contracts.events.events.EventPublished;
import io.alliancehub.contracts.events.events.EventSnapshot;
import io.alliancehub.contracts.events.events.RegistrationConfirmed;
import io.alliancehub.contracts.events.members.MembershipStatusChanged;
import io.alliancehub.contracts.events.members.OrganizationRegistered;
import io.alliancehub.contracts.events.members.OrganizationUpdated;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCatalogTest {

    static Stream<EventDescriptor> entries() {
        return EventCatalog.all().stream();
    }

    @Test
    void catalogListsTheMembersEvents() {
        assertThat(EventCatalog.byTopic(Topics.MEMBERS))
                .extracting(EventDescriptor::type)
                .containsExactly(
                        EventTypes.ORGANIZATION_REGISTERED,
                        EventTypes.ORGANIZATION_UPDATED,
                        EventTypes.MEMBERSHIP_STATUS_CHANGED);
        assertThat(EventCatalog.all().subList(0, 3)).isEqualTo(EventCatalog.byTopic(Topics.MEMBERS));
        assertThat(EventCatalog.require(EventTypes.ORGANIZATION_REGISTERED).payloadType())
                .isEqualTo(OrganizationRegistered.class);
        assertThat(EventCatalog.require(EventTypes.ORGANIZATION_UPDATED).schemaPath())
                .isEqualTo("schemas/members/organization.updated.v1.json");
        assertThat(EventCatalog.byPayloadType(MembershipStatusChanged.class))
                .get()
                .extracting(EventDescriptor::type)
                .isEqualTo(EventTypes.MEMBERSHIP_STATUS_CHANGED);
        assertThat(EventCatalog.forPayload(Samples.updated()).type()).isEqualTo(EventTypes.ORGANIZATION_UPDATED);
        assertThat(EventCatalog.byTopic(Topics.MEMBERS)).hasSize(3);
        assertThat(EventCatalog.byTopic(Topics.EVENTS)).hasSize(8);
        assertThat(EventCatalog.byTopic(Topics.AGREEMENTS)).hasSize(12);
        assertThat(EventCatalog.byTopic(Topics.NOTIFICATIONS))
                .extracting(EventDescriptor::keyProperty)
                .containsExactly("subscriptionId");
        assertThat(EventCatalog.byType("io.alliancehub.members.unknown.v1")).isEmpty();
        assertThat(EventCatalog.byType(null)).isEmpty();
        assertThat(EventCatalog.byPayloadType(OrganizationUpdated.class)).isPresent();
        assertThat(EventCatalog.byPayloadType(String.class)).isEmpty();
        assertThatThrownBy(() -> EventCatalog.require("nope")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventCatalog.forPayload("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void catalogListsTheEventsServiceEvents() {
        assertThat(EventCatalog.byTopic(Topics.EVENTS))
                .extracting(EventDescriptor::type)
                .containsExactly(
                        "io.alliancehub.events.event.published.v1",
                        "io.alliancehub.events.event.updated.v1",
                        "io.alliancehub.events.event.cancelled.v1",
                        "io.alliancehub.events.event.completed.v1",
                        "io.alliancehub.events.registration.confirmed.v1",
                        "io.alliancehub.events.registration.waitlisted.v1",
                        "io.alliancehub.events.registration.cancelled.v1",
                        "io.alliancehub.events.attendee.checked-in.v1");
        assertThat(EventCatalog.require(EventTypes.EVENT_PUBLISHED).payloadType())
                .isEqualTo(EventPublished.class);
        assertThat(EventCatalog.require(EventTypes.ATTENDEE_CHECKED_IN).schemaPath())
                .isEqualTo("schemas/events/attendee.checked-in.v1.json")
                .isEqualTo(SchemaPaths.of(EventTypes.ATTENDEE_CHECKED_IN));
        assertThat(EventCatalog.byPayloadType(AttendeeCheckedIn.class))
                .get()
                .extracting(EventDescriptor::type)
                .isEqualTo(EventTypes.ATTENDEE_CHECKED_IN);
        assertThat(EventCatalog.forPayload(Samples.registrationConfirmed()).topic())
                .isEqualTo(Topics.EVENTS);
        assertThat(EventCatalog.byPayloadType(RegistrationConfirmed.class))
                .get()
                .extracting(EventDescriptor::schemaPath)
                .isEqualTo("schemas/events/registration.confirmed.v1.json");
        assertThat(SchemaPaths.of(EventTypes.EVENT_PUBLISHED)).isEqualTo("schemas/events/event.published.v1.json");
        assertThatThrownBy(() -> SchemaPaths.of("com.example.thing.v1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SchemaPaths.of(EventTypes.PREFIX + "nothing"))
                .isInstanceOf(IllegalArgumentException.class);
        // an empty service name (the dot right after the prefix) is not a service
        assertThatThrownBy(() -> SchemaPaths.of(EventTypes.PREFIX + ".event.published.v1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without a service");
    }

    @Test
    void catalogListsTheAgreementsServiceEvents() {
        assertThat(EventCatalog.byTopic(Topics.AGREEMENTS))
                .extracting(EventDescriptor::type)
                .containsExactly(
                        "io.alliancehub.agreements.agreement.drafted.v1",
                        "io.alliancehub.agreements.agreement.signed.v1",
                        "io.alliancehub.agreements.agreement.party-signed.v1",
                        "io.alliancehub.agreements.agreement.activated.v1",
                        "io.alliancehub.agreements.agreement.amended.v1",
                        "io.alliancehub.agreements.agreement.terminated.v1",
                        "io.alliancehub.agreements.agreement.expiring.v1",
                        "io.alliancehub.agreements.agreement.expired.v1",
                        "io.alliancehub.agreements.agreement.completed.v1",
                        "io.alliancehub.agreements.milestone.completed.v1",
                        "io.alliancehub.agreements.milestone.overdue.v1",
                        "io.alliancehub.agreements.agreement.party-standing-changed.v1");
        assertThat(EventCatalog.require(EventTypes.AGREEMENT_AMENDED).payloadType())
                .isEqualTo(AgreementAmended.class);
        assertThat(EventCatalog.require(EventTypes.AGREEMENT_PARTY_STANDING_CHANGED)
                        .schemaPath())
                .isEqualTo("schemas/agreements/agreement.party-standing-changed.v1.json")
                .isEqualTo(SchemaPaths.of(EventTypes.AGREEMENT_PARTY_STANDING_CHANGED));
        assertThat(EventCatalog.byPayloadType(PartyStandingChanged.class))
                .get()
                .extracting(EventDescriptor::type)
                .isEqualTo(EventTypes.AGREEMENT_PARTY_STANDING_CHANGED);
        assertThat(EventCatalog.forPayload(Samples.milestoneOverdue()).type()).isEqualTo(EventTypes.MILESTONE_OVERDUE);
        assertThat(EventCatalog.byPayloadType(MilestoneOverdue.class))
                .get()
                .extracting(EventDescriptor::topic)
                .isEqualTo(Topics.AGREEMENTS);
        assertThat(EventCatalog.all()).hasSize(3 + 8 + 12 + 1);
    }

    static final List<String> EVENT_SNAPSHOT = List.of(
            "eventId",
            "version",
            "parentId",
            "type",
            "title",
            "status",
            "startsAt",
            "endsAt",
            "timeZone",
            "venue",
            "visibility",
            "capacity",
            "organizers",
            "coHosts");
    static final List<String> AGREEMENT_SNAPSHOT = List.of(
            "agreementId",
            "version",
            "referenceNumber",
            "title",
            "type",
            "status",
            "visibility",
            "parties",
            "fields",
            "effectiveFrom",
            "effectiveTo",
            "amendsId",
            "amendmentNumber");

    @Test
    void snapshotInterfacesAreImplementedByTheAggregateEvents() {
        assertThat(Arrays.stream(EventSnapshot.class.getDeclaredMethods()).map(Method::getName))
                .containsExactlyInAnyOrderElementsOf(EVENT_SNAPSHOT);
        assertThat(Arrays.stream(AgreementSnapshot.class.getDeclaredMethods()).map(Method::getName))
                .containsExactlyInAnyOrderElementsOf(AGREEMENT_SNAPSHOT);
        for (EventDescriptor d : EventCatalog.all()) {
            boolean eventSnapshot = d.type().startsWith(EventTypes.PREFIX + "events.event.");
            boolean agreementSnapshot = d.type().startsWith(EventTypes.PREFIX + "agreements.agreement.")
                    && !d.type().equals(EventTypes.AGREEMENT_PARTY_STANDING_CHANGED)
                    && !d.type().equals(EventTypes.AGREEMENT_PARTY_SIGNED);
            assertThat(EventSnapshot.class.isAssignableFrom(d.payloadType()))
                    .as("%s is an EventSnapshot", d.type())
                    .isEqualTo(eventSnapshot);
            assertThat(AgreementSnapshot.class.isAssignableFrom(d.payloadType()))
                    .as("%s is an AgreementSnapshot", d.type())
                    .isEqualTo(agreementSnapshot);
            List<String> components = componentNames(d.payloadType());
            if (eventSnapshot) {
                assertThat(components.subList(0, EVENT_SNAPSHOT.size())).containsExactlyElementsOf(EVENT_SNAPSHOT);
            }
            if (agreementSnapshot) {
                assertThat(components.subList(0, AGREEMENT_SNAPSHOT.size()))
                        .containsExactlyElementsOf(AGREEMENT_SNAPSHOT);
            }
        }
        assertThat(EventCatalog.all().stream().filter(d -> EventSnapshot.class.isAssignableFrom(d.payloadType())))
                .hasSize(4);
        assertThat(EventCatalog.all().stream().filter(d -> AgreementSnapshot.class.isAssignableFrom(d.payloadType())))
                .hasSize(8);
    }

    @Test
    void snapshotPropertiesAreDescribedAlikeInEverySchema() {
        Map<String, JsonNode> seen = new HashMap<>();
        for (EventDescriptor d : EventCatalog.all()) {
            List<String> snapshot = EventSnapshot.class.isAssignableFrom(d.payloadType())
                    ? EVENT_SNAPSHOT
                    : AgreementSnapshot.class.isAssignableFrom(d.payloadType()) ? AGREEMENT_SNAPSHOT : List.of();
            JsonNode properties = Schemas.readTree(d.schemaPath()).path("properties");
            for (String name : snapshot) {
                JsonNode previous = seen.putIfAbsent(d.topic() + "#" + name, properties.get(name));
                if (previous != null) {
                    assertThat(properties.get(name))
                            .as("%s in %s", name, d.schemaPath())
                            .isEqualTo(previous);
                }
            }
        }
        assertThat(seen).hasSize(EVENT_SNAPSHOT.size() + AGREEMENT_SNAPSHOT.size());
    }

    @Test
    void sharedDefinitionsAreIdenticalInEverySchema() {
        Map<String, JsonNode> defs = new HashMap<>();
        for (EventDescriptor d : EventCatalog.all()) {
            Schemas.readTree(d.schemaPath()).path("$defs").fields().forEachRemaining(e -> {
                JsonNode previous = defs.putIfAbsent(e.getKey(), e.getValue());
                if (previous != null) {
                    assertThat(e.getValue())
                            .as("$defs/%s in %s", e.getKey(), d.schemaPath())
                            .isEqualTo(previous);
                }
            });
        }
        assertThat(defs).containsKeys("LocalizedText", "Venue", "Party", "SignedAt", "EventType", "PartyStanding");
    }

    @Test
    void recordsOfTheSchemasUseTheSharedTypes() {
        assertThat(LocalizedText.class.isRecord()).isTrue();
        assertThat(componentNames(io.alliancehub.contracts.events.events.Venue.class))
                .containsExactly("name", "city");
        assertThat(componentNames(io.alliancehub.contracts.events.agreements.SignedAt.class))
                .containsExactly("place", "eventId");
        assertThat(componentNames(io.alliancehub.contracts.events.agreements.Party.class))
                .containsExactly("organizationId", "name", "role");
    }

    @Test
    void topics() {
        assertThat(Topics.MEMBERS).isEqualTo("alliance.members.v1");
        assertThat(Topics.EVENTS).isEqualTo("alliance.events.v1");
        assertThat(Topics.AGREEMENTS).isEqualTo("alliance.agreements.v1");
        assertThat(Topics.NOTIFICATIONS).isEqualTo("alliance.notifications.v1");
        assertThat(Topics.deadLetter(Topics.MEMBERS)).isEqualTo("alliance.members.v1.dlt");
        assertThatThrownBy(() -> Topics.deadLetter(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void metaSchemaCheckRejectsBrokenSchemas() throws Exception {
        JsonSchema meta = Schemas.metaSchema();
        assertThat(meta.validate(Schemas.MAPPER.readTree("{\"type\": \"strin\"}")))
                .isNotEmpty();
        assertThat(meta.validate(Schemas.MAPPER.readTree("{\"required\": \"name\"}")))
                .isNotEmpty();
        assertThat(meta.validate(Schemas.MAPPER.readTree("{\"type\": \"object\"}")))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("entries")
    void entryIsConsistent(EventDescriptor d) {
        assertThat(d.type()).startsWith(EventTypes.PREFIX).endsWith(".v1");
        assertThat(d.topic()).isIn(Topics.MEMBERS, Topics.EVENTS, Topics.AGREEMENTS, Topics.NOTIFICATIONS);
        String service = d.type().substring(EventTypes.PREFIX.length()).split("\\.")[0];
        assertThat(d.topic()).isEqualTo("alliance." + service + ".v1");
        assertThat(d.schemaPath())
                .startsWith("schemas/" + service + "/")
                .endsWith(".v1.json")
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
                .map(RecordComponent::getName)
                .toList();
        assertThat(properties).containsExactlyElementsOf(components);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        assertThat(components).containsAll(required);
        assertThat(required).contains(Schemas.keyProperty(d.topic()));
        // primitives are always serialised, so they must be required
        for (RecordComponent c : d.payloadType().getRecordComponents()) {
            if (c.getType().isPrimitive()) {
                assertThat(required).as("primitive %s is required", c.getName()).contains(c.getName());
            }
        }
    }

    /** The JSON type of each schema property matches the Java type of its record component. */
    @ParameterizedTest
    @MethodSource("entries")
    void schemaPropertyTypesMatchTheRecordComponents(EventDescriptor d) {
        JsonNode schema = Schemas.readTree(d.schemaPath());
        assertTypesMatch(schema, schema.path("properties"), d.payloadType(), d.schemaPath());
    }

    private static void assertTypesMatch(JsonNode root, JsonNode properties, Class<?> record, String where) {
        for (RecordComponent c : record.getRecordComponents()) {
            JsonNode p = properties.get(c.getName());
            assertThat(p)
                    .as("%s.%s in %s", record.getSimpleName(), c.getName(), where)
                    .isNotNull();
            assertTypeMatches(root, p, c.getType(), c.getGenericType(), where + " " + c.getName());
        }
    }

    private static void assertTypeMatches(JsonNode root, JsonNode p, Class<?> type, Type generic, String where) {
        if (p.has("$ref")) {
            JsonNode target = resolve(root, p.get("$ref").asText());
            assertThat(p.get("$ref").asText()).as(where).isEqualTo("#/$defs/" + type.getSimpleName());
            if (type.isEnum()) {
                assertThat(target.has("enum")).as(where).isTrue();
            } else if (type.isRecord() && type != LocalizedText.class) {
                assertTypesMatch(root, target.path("properties"), type, where);
            }
            return;
        }
        String json = p.path("type").asText();
        if (type == UUID.class) {
            assertThat(json + " " + p.path("format").asText()).as(where).isEqualTo("string uuid");
        } else if (type == OffsetDateTime.class) {
            assertThat(json + " " + p.path("format").asText()).as(where).isEqualTo("string date-time");
        } else if (type == LocalDate.class) {
            assertThat(json + " " + p.path("format").asText()).as(where).isEqualTo("string date");
        } else if (type == String.class) {
            assertThat(json).as(where).isEqualTo("string");
            assertThat(p.has("format")).as(where).isFalse();
        } else if (type == long.class || type == int.class || type == Integer.class || type == Long.class) {
            assertThat(json).as(where).isEqualTo("integer");
        } else if (type == boolean.class) {
            assertThat(json).as(where).isEqualTo("boolean");
        } else if (type == List.class) {
            assertThat(json).as(where).isEqualTo("array");
            Type item = ((ParameterizedType) generic).getActualTypeArguments()[0];
            assertTypeMatches(root, p.get("items"), (Class<?>) item, item, where + "[]");
        } else {
            throw new AssertionError("unexpected component type " + type + " at " + where);
        }
    }

    /** No property anywhere in a schema is a contact detail or a person. */
    @ParameterizedTest
    @MethodSource("entries")
    void schemaHasNoPersonalDataProperties(EventDescriptor d) {
        List<String> names = new ArrayList<>();
        collectPropertyNames(Schemas.readTree(d.schemaPath()), names);
        assertThat(names).isNotEmpty();
        for (String name : names) {
            assertThat(name.toLowerCase())
                    .as("property %s in %s", name, d.schemaPath())
                    .doesNotContain(
                            "email",
                            "mail",
                            "phone",
                            "mobile",
                            "signator",
                            "attendee",
                            "speaker",
                            "contact",
                            "person",
                            "firstname",
                            "lastname",
                            "idcard");
        }
    }

    private static void collectPropertyNames(JsonNode node, List<String> names) {
        node.path("properties").fields().forEachRemaining(e -> {
            names.add(e.getKey());
            collectPropertyNames(e.getValue(), names);
        });
        node.path("$defs").fields().forEachRemaining(e -> collectPropertyNames(e.getValue(), names));
        if (node.has("items")) {
            collectPropertyNames(node.get("items"), names);
        }
    }

    private static List<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
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
            String description = p.path("description")
                    .asText(
                            p.has("$ref")
                                    ? resolve(schema, p.get("$ref").asText())
                                            .path("description")
                                            .asText()
                                    : "");
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
                    .map(c -> ((CodeList) c).code())
                    .toList();
            List<String> actual = new ArrayList<>();
            e.getValue().get("enum").forEach(n -> actual.add(n.asText()));
            assertThat(actual).as("enum of $defs/%s", e.getKey()).containsExactlyElementsOf(expected);
        }
    }

    /** Every property, also nested ones, has a description, either its own or its definition's. */
    @ParameterizedTest
    @MethodSource("entries")
    void nestedPropertiesAreDescribed(EventDescriptor d) {
        JsonNode schema = Schemas.readTree(d.schemaPath());
        schema.path("$defs").fields().forEachRemaining(def -> {
            assertThat(def.getValue().path("description").asText())
                    .as("description of $defs/%s", def.getKey())
                    .isNotBlank();
            def.getValue()
                    .path("properties")
                    .fields()
                    .forEachRemaining(
                            e -> assertThat(e.getValue().path("description").asText())
                                    .as("description of $defs/%s/%s", def.getKey(), e.getKey())
                                    .isNotBlank());
        });
    }

    private static void assertClosed(JsonNode node, String where) {
        if ("object".equals(node.path("type").asText())) {
            assertThat(node.path("additionalProperties").isBoolean()
                            && !node.path("additionalProperties").asBoolean())
                    .as("additionalProperties: false at %s", where)
                    .isTrue();
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
