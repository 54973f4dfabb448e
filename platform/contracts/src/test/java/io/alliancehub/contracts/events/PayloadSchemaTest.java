package io.alliancehub.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.alliancehub.contracts.events.members.MembershipStatusChanged;
import io.alliancehub.contracts.events.members.OrganizationRegistered;
import io.alliancehub.contracts.events.members.OrganizationUpdated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayloadSchemaTest {

    static Stream<Arguments> samples() {
        return Samples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleValidatesAndRoundTrips(String label, Object payload) throws Exception {
        JsonNode json = Schemas.toJson(payload);
        Set<ValidationMessage> problems = Schemas.validate(payload);
        assertThat(problems).as("%s: %s", label, json).isEmpty();

        Object back = Schemas.MAPPER.treeToValue(json, payload.getClass());
        assertThat(back).isEqualTo(payload);
    }

    @Test
    void everyCatalogEntryHasSamples() {
        assertThat(Samples.all().values()).extracting(p -> EventCatalog.forPayload(p).type())
                .containsAll(EventCatalog.all().stream().map(EventDescriptor::type).toList());
    }

    @Test
    void wireFormat() {
        JsonNode registered = Schemas.toJson(Samples.registered());
        assertThat(registered.get("organizationId").asText()).isEqualTo(Samples.BOYA.toString());
        assertThat(registered.get("name").get("zh").asText()).isEqualTo("博雅控股集团");
        assertThat(registered.get("fields").get(0).asText()).isEqualTo("CELL_THERAPY");

        JsonNode minimal = Schemas.toJson(Samples.registeredMinimal());
        assertThat(minimal.has("shortName")).isFalse();
        assertThat(minimal.has("creditCode")).isFalse();
        assertThat(minimal.get("name").has("zh")).isFalse();
        assertThat(minimal.get("fields").isArray()).isTrue();
        assertThat(minimal.get("fields")).isEmpty();

        JsonNode changed = Schemas.toJson(Samples.statusChanged());
        assertThat(changed.get("changedAt").asText()).isEqualTo("2019-04-13T09:30:00+08:00");
        assertThat(changed.get("termStart").asText()).isEqualTo("2019-04-13");
        assertThat(Schemas.toJson(Samples.statusChangedMinimal()).has("reason")).isFalse();
    }

    @Test
    void consumersTolerateUnknownProperties() throws Exception {
        ObjectNode json = (ObjectNode) Schemas.toJson(Samples.statusChanged());
        json.put("addedInAMinorVersion", true);
        assertThat(Schemas.MAPPER.treeToValue(json, MembershipStatusChanged.class)).isEqualTo(Samples.statusChanged());
    }

    @Test
    void recordsRejectMissingRequiredValues() {
        assertThatThrownBy(() -> new OrganizationRegistered(null, 0, Samples.registered().name(), null,
                Samples.registered().sector(), null, null, null, null, null,
                Samples.registered().tier(), Samples.registered().membershipStatus()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("organizationId");
        OrganizationUpdated u = Samples.updated();
        assertThatThrownBy(() -> u.changedFields().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new MembershipStatusChanged(Samples.BOYA, u.tier(), null, u.membershipStatus(),
                "ACTIVATE", null, "system", null, null, java.time.OffsetDateTime.now()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("oldStatus");
    }

    /** For every sample and every required property: the sample without it is invalid. */
    static Stream<Arguments> missingRequired() {
        List<Arguments> cases = new ArrayList<>();
        Samples.all().forEach((label, payload) -> {
            JsonNode schema = Schemas.readTree(EventCatalog.forPayload(payload).schemaPath());
            schema.get("required").forEach(r -> cases.add(Arguments.of(label, payload, r.asText())));
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} without {2}")
    @MethodSource("missingRequired")
    void missingRequiredPropertyFails(String label, Object payload, String property) {
        ObjectNode json = (ObjectNode) Schemas.toJson(payload);
        assertThat(json.has(property)).isTrue();
        json.remove(property);
        assertInvalid(payload, json, property);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                bad("registered", Samples.registered(), "unknown property (personal data)", j -> j.put("email", "li@example.org")),
                bad("registered", Samples.registered(), "contacts", j -> j.putArray("contacts").addObject().put("name", "李诣书")),
                bad("registered", Samples.registered(), "bad sector enum", j -> j.put("sector", "BANK")),
                bad("registered", Samples.registered(), "bad field enum", j -> j.putArray("fields").add("CELL_THERAPY").add("ASTROLOGY")),
                bad("registered", Samples.registered(), "duplicate field", j -> j.putArray("fields").add("CDMO").add("CDMO")),
                bad("registered", Samples.registered(), "bad tier enum", j -> j.put("tier", "PLATINUM")),
                bad("registered", Samples.registered(), "lower-case status", j -> j.put("membershipStatus", "applied")),
                bad("registered", Samples.registered(), "bad uuid", j -> j.put("organizationId", "boya-1")),
                bad("registered", Samples.registered(), "negative version", j -> j.put("version", -1)),
                bad("registered", Samples.registered(), "string version", j -> j.put("version", "1")),
                bad("registered", Samples.registered(), "empty name", j -> j.putObject("name")),
                bad("registered", Samples.registered(), "name in French", j -> j.putObject("name").put("fr", "Boya")),
                bad("registered", Samples.registered(), "blank name.en", j -> j.putObject("name").put("en", "")),
                bad("registered", Samples.registered(), "name as string", j -> j.put("name", "Boya")),
                bad("registered", Samples.registered(), "short credit code", j -> j.put("creditCode", "91320200MA149MQE")),
                bad("registered", Samples.registered(), "credit code with O", j -> j.put("creditCode", "91320200MA149MQEO9")),
                bad("registered", Samples.registered(), "country name", j -> j.put("country", "China")),
                bad("updated", Samples.updated(), "unknown property", j -> j.put("website", "https://example.org")),
                bad("updated", Samples.updated(), "changedFields not strings", j -> j.putArray("changedFields").add(1)),
                bad("updated", Samples.updated(), "changedFields not a name", j -> j.putArray("changedFields").add("Name Of Org")),
                bad("updated", Samples.updated(), "bad status enum", j -> j.put("membershipStatus", "EXPIRED")),
                bad("statusChanged", Samples.statusChanged(), "unknown property", j -> j.put("actorEmail", "admin@example.org")),
                bad("statusChanged", Samples.statusChanged(), "bad newStatus enum", j -> j.put("newStatus", "ACTIVATED")),
                bad("statusChanged", Samples.statusChanged(), "null oldStatus", j -> j.putNull("oldStatus")),
                bad("statusChanged", Samples.statusChanged(), "bad date", j -> j.put("termStart", "2019-13-45")),
                bad("statusChanged", Samples.statusChanged(), "date-time without offset", j -> j.put("changedAt", "2019-04-13T09:30:00")),
                bad("statusChanged", Samples.statusChanged(), "date-time as number", j -> j.put("changedAt", 1555119000)),
                bad("statusChanged", Samples.statusChanged(), "lower-case action", j -> j.put("action", "approve")),
                bad("statusChanged", Samples.statusChanged(), "blank actor", j -> j.put("actor", "")));
    }

    private static Arguments bad(String label, Object payload, String what, Consumer<ObjectNode> change) {
        return Arguments.of(label + ": " + what, payload, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidPayloadFails(String what, Object payload, Consumer<ObjectNode> change) {
        ObjectNode json = (ObjectNode) Schemas.toJson(payload);
        change.accept(json);
        assertInvalid(payload, json, what);
    }

    private static void assertInvalid(Object payload, JsonNode json, String what) {
        JsonSchema schema = Schemas.load(EventCatalog.forPayload(payload).schemaPath());
        assertThat(schema.validate(json)).as("%s should be rejected: %s", what, json).isNotEmpty();
    }
}
