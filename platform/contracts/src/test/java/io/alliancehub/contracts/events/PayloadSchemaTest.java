package io.alliancehub.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.agreements.AgreementAmended;
import io.alliancehub.contracts.events.agreements.AgreementExpiring;
import io.alliancehub.contracts.events.agreements.AgreementSigned;
import io.alliancehub.contracts.events.agreements.Party;
import io.alliancehub.contracts.events.events.EventPublished;
import io.alliancehub.contracts.events.events.EventUpdated;
import io.alliancehub.contracts.events.events.RegistrationConfirmed;
import io.alliancehub.contracts.events.members.MembershipStatusChanged;
import io.alliancehub.contracts.events.members.OrganizationRegistered;
import io.alliancehub.contracts.events.members.OrganizationUpdated;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        assertThat(Samples.all().values())
                .extracting(p -> EventCatalog.forPayload(p).type())
                .containsAll(
                        EventCatalog.all().stream().map(EventDescriptor::type).toList());
    }

    @Test
    void everyCatalogEntryHasAFullAndAMinimalSample() {
        for (EventDescriptor d : EventCatalog.all()) {
            List<String> labels = Samples.all().entrySet().stream()
                    .filter(e -> e.getValue().getClass() == d.payloadType())
                    .map(Map.Entry::getKey)
                    .toList();
            assertThat(labels).as("samples of %s", d.type()).hasSize(2);
            assertThat(labels.get(1)).isEqualTo(labels.get(0) + "Minimal");
        }
    }

    /** A full sample carries every property of its schema, a minimal one only the required ones. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void fullSamplesAreFullAndMinimalSamplesMinimal(String label, Object payload) {
        JsonNode schema = Schemas.readTree(EventCatalog.forPayload(payload).schemaPath());
        List<String> expected = new ArrayList<>();
        if (label.endsWith("Minimal")) {
            schema.path("required").forEach(n -> expected.add(n.asText()));
        } else {
            schema.path("properties").fieldNames().forEachRemaining(expected::add);
        }
        List<String> actual = new ArrayList<>();
        Schemas.toJson(payload).fieldNames().forEachRemaining(actual::add);
        assertThat(actual).as(label).containsExactlyInAnyOrderElementsOf(expected);
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

        JsonNode published = Schemas.toJson(Samples.eventPublished());
        assertThat(published.get("eventId").asText()).isEqualTo(Samples.SUB_FORUM.toString());
        assertThat(published.get("parentId").asText()).isEqualTo(Samples.SUMMIT.toString());
        assertThat(published.get("type").asText()).isEqualTo("SUB_FORUM");
        assertThat(published.get("startsAt").asText()).isEqualTo("2019-04-13T13:30:00+08:00");
        assertThat(published.get("timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(published.get("venue").get("city").asText()).isEqualTo("Wuxi");
        assertThat(published.get("capacity").asInt()).isEqualTo(300);
        assertThat(published.get("organizers").get(0).asText()).isEqualTo(Samples.BOYA.toString());
        JsonNode publishedMinimal = Schemas.toJson(Samples.eventPublishedMinimal());
        assertThat(publishedMinimal.has("parentId")).isFalse();
        assertThat(publishedMinimal.has("venue")).isFalse();
        assertThat(publishedMinimal.has("capacity")).isFalse();
        assertThat(publishedMinimal.get("organizers").isArray()).isTrue();
        assertThat(publishedMinimal.get("coHosts")).isEmpty();
        assertThat(Schemas.toJson(Samples.eventCompleted()).get("venue").has("name"))
                .isFalse();
        assertThat(Schemas.toJson(Samples.eventUpdated())
                        .get("changedFields")
                        .get(1)
                        .asText())
                .isEqualTo("venue.name");

        JsonNode confirmed = Schemas.toJson(Samples.registrationConfirmed());
        assertThat(confirmed.get("promotedFromWaitlist").asBoolean()).isTrue();
        assertThat(confirmed.get("eventId").asText()).isEqualTo(Samples.SUMMIT.toString());
        assertThat(Schemas.toJson(Samples.registrationConfirmedMinimal())
                        .get("promotedFromWaitlist")
                        .isBoolean())
                .isTrue();
        assertThat(Schemas.toJson(Samples.registrationWaitlisted())
                        .get("waitlistPosition")
                        .asInt())
                .isEqualTo(12);
        assertThat(Schemas.toJson(Samples.attendeeCheckedIn())
                        .get("checkedInAt")
                        .asText())
                .isEqualTo("2019-04-13T08:41:00+08:00");

        JsonNode signed = Schemas.toJson(Samples.agreementSigned());
        assertThat(signed.get("signedOn").asText()).isEqualTo("2019-04-13");
        assertThat(signed.get("signedAt").get("eventId").asText()).isEqualTo(Samples.SUMMIT.toString());
        assertThat(signed.get("parties").get(0).toString())
                .isEqualTo("{\"organizationId\":\"" + Samples.BOYA + "\",\"role\":\"PARTY_A\"}");
        assertThat(signed.get("parties").get(2).has("organizationId")).isFalse();
        assertThat(signed.get("parties").get(2).get("name").get("en").asText())
                .isEqualTo("Wuxi Municipal Health Commission");
        assertThat(signed.get("fields").get(0).asText()).isEqualTo("CELL_THERAPY");
        assertThat(signed.get("amendmentNumber").asInt()).isEqualTo(1);
        JsonNode signedMinimal = Schemas.toJson(Samples.agreementSignedMinimal());
        assertThat(signedMinimal.has("signedAt")).isFalse();
        assertThat(signedMinimal.has("amendsId")).isFalse();
        assertThat(signedMinimal.get("amendmentNumber").asInt()).isZero();
        assertThat(signedMinimal.get("parties")).isEmpty();
        assertThat(Schemas.toJson(Samples.agreementExpiringMinimal())
                        .get("effectiveTo")
                        .asText())
                .isEqualTo("2024-04-30");
        assertThat(Schemas.toJson(Samples.partyStandingChanged())
                        .get("newStanding")
                        .asText())
                .isEqualTo("MEMBERSHIP_ENDED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void consumersTolerateUnknownProperties(String label, Object payload) throws Exception {
        ObjectNode json = (ObjectNode) Schemas.toJson(payload);
        json.put("addedInAMinorVersion", true);
        assertThat(Schemas.MAPPER.treeToValue(json, payload.getClass())).isEqualTo(payload);
    }

    @Test
    void consumersTolerateUnknownPropertiesInNestedValues() throws Exception {
        ObjectNode json = (ObjectNode) Schemas.toJson(Samples.agreementSigned());
        ((ObjectNode) json.get("signedAt")).put("room", "Hall A");
        ((ObjectNode) json.get("parties").get(0)).put("standing", "GOOD");
        assertThat(Schemas.MAPPER.treeToValue(json, AgreementSigned.class)).isEqualTo(Samples.agreementSigned());
        ObjectNode event = (ObjectNode) Schemas.toJson(Samples.eventPublished());
        ((ObjectNode) event.get("venue")).put("room", "B-201");
        assertThat(Schemas.MAPPER.treeToValue(event, EventPublished.class)).isEqualTo(Samples.eventPublished());
    }

    @Test
    void recordsRejectMissingRequiredValues() {
        assertThatThrownBy(() -> new OrganizationRegistered(
                        null,
                        0,
                        Samples.registered().name(),
                        null,
                        Samples.registered().sector(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        Samples.registered().tier(),
                        Samples.registered().membershipStatus(),
                        null,
                        null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("organizationId");
        OrganizationUpdated u = Samples.updated();
        assertThatThrownBy(() -> u.changedFields().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new MembershipStatusChanged(
                        Samples.BOYA,
                        u.tier(),
                        null,
                        u.membershipStatus(),
                        "ACTIVATE",
                        null,
                        "system",
                        null,
                        null,
                        java.time.OffsetDateTime.now()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("oldStatus");

        EventPublished p = Samples.eventPublished();
        assertThatThrownBy(() -> new EventPublished(
                        p.eventId(),
                        1,
                        null,
                        p.type(),
                        p.title(),
                        p.status(),
                        p.startsAt(),
                        p.endsAt(),
                        null,
                        null,
                        p.visibility(),
                        null,
                        null,
                        null,
                        p.occurredAt()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("timeZone");
        assertThatThrownBy(() -> p.organizers().add(Samples.DMU)).isInstanceOf(UnsupportedOperationException.class);
        EventUpdated eu = Samples.eventUpdatedMinimal();
        assertThat(eu.changedFields()).isEmpty();
        assertThat(eu.organizers()).isEmpty();
        assertThatThrownBy(() -> new RegistrationConfirmed(
                        Samples.REGISTRATION,
                        Samples.SUMMIT,
                        null,
                        null,
                        false,
                        OffsetDateTime.now(),
                        OffsetDateTime.now()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("category");
        assertThatThrownBy(() -> new Party(null, null, PartyRole.PARTY_A)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Party(null, LocalizedText.en(" "), PartyRole.PARTY_A))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Party(Samples.BOYA, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("role");
        assertThat(Party.external(Samples.WUXI_HEALTH, PartyRole.WITNESS).organizationId())
                .isNull();
        AgreementExpiring x = Samples.agreementExpiring();
        assertThatThrownBy(() -> new AgreementExpiring(
                        x.agreementId(),
                        x.version(),
                        x.referenceNumber(),
                        x.title(),
                        x.type(),
                        x.status(),
                        x.visibility(),
                        x.parties(),
                        x.fields(),
                        x.effectiveFrom(),
                        null,
                        null,
                        0,
                        3,
                        x.occurredAt()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("effectiveTo");
        AgreementAmended a = Samples.agreementAmended();
        assertThatThrownBy(() -> new AgreementAmended(
                        a.agreementId(),
                        a.version(),
                        a.referenceNumber(),
                        a.title(),
                        a.type(),
                        a.status(),
                        a.visibility(),
                        a.parties(),
                        a.fields(),
                        null,
                        null,
                        null,
                        1,
                        null,
                        a.actor(),
                        a.occurredAt()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("amendsId");
        assertThatThrownBy(() -> a.parties().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Samples.agreementDraftedMinimal().parties()).isEmpty();
        assertThat(Samples.agreementDraftedMinimal().fields()).isEmpty();
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
                bad(
                        "registered",
                        Samples.registered(),
                        "unknown property (personal data)",
                        j -> j.put("email", "li@example.org")),
                bad(
                        "registered",
                        Samples.registered(),
                        "contacts",
                        j -> j.putArray("contacts").addObject().put("name", "李诣书")),
                bad("registered", Samples.registered(), "bad sector enum", j -> j.put("sector", "BANK")),
                bad(
                        "registered",
                        Samples.registered(),
                        "bad field enum",
                        j -> j.putArray("fields").add("CELL_THERAPY").add("ASTROLOGY")),
                bad(
                        "registered",
                        Samples.registered(),
                        "duplicate field",
                        j -> j.putArray("fields").add("CDMO").add("CDMO")),
                bad("registered", Samples.registered(), "bad tier enum", j -> j.put("tier", "PLATINUM")),
                bad("registered", Samples.registered(), "lower-case status", j -> j.put("membershipStatus", "applied")),
                bad("registered", Samples.registered(), "bad uuid", j -> j.put("organizationId", "boya-1")),
                bad("registered", Samples.registered(), "negative version", j -> j.put("version", -1)),
                bad("registered", Samples.registered(), "string version", j -> j.put("version", "1")),
                bad("registered", Samples.registered(), "empty name", j -> j.putObject("name")),
                bad(
                        "registered",
                        Samples.registered(),
                        "name in French",
                        j -> j.putObject("name").put("fr", "Boya")),
                bad(
                        "registered",
                        Samples.registered(),
                        "blank name.en",
                        j -> j.putObject("name").put("en", "")),
                bad("registered", Samples.registered(), "name as string", j -> j.put("name", "Boya")),
                bad(
                        "registered",
                        Samples.registered(),
                        "short credit code",
                        j -> j.put("creditCode", "91320200MA149MQE")),
                bad(
                        "registered",
                        Samples.registered(),
                        "credit code with O",
                        j -> j.put("creditCode", "91320200MA149MQEO9")),
                bad("registered", Samples.registered(), "country name", j -> j.put("country", "China")),
                bad("updated", Samples.updated(), "unknown property", j -> j.put("website", "https://example.org")),
                bad(
                        "updated",
                        Samples.updated(),
                        "changedFields not strings",
                        j -> j.putArray("changedFields").add(1)),
                bad(
                        "updated",
                        Samples.updated(),
                        "changedFields not a name",
                        j -> j.putArray("changedFields").add("Name Of Org")),
                bad("updated", Samples.updated(), "bad status enum", j -> j.put("membershipStatus", "EXPIRED")),
                bad(
                        "statusChanged",
                        Samples.statusChanged(),
                        "unknown property",
                        j -> j.put("actorEmail", "admin@example.org")),
                bad(
                        "statusChanged",
                        Samples.statusChanged(),
                        "bad newStatus enum",
                        j -> j.put("newStatus", "ACTIVATED")),
                bad("statusChanged", Samples.statusChanged(), "null oldStatus", j -> j.putNull("oldStatus")),
                bad("statusChanged", Samples.statusChanged(), "bad date", j -> j.put("termStart", "2019-13-45")),
                bad(
                        "statusChanged",
                        Samples.statusChanged(),
                        "date-time without offset",
                        j -> j.put("changedAt", "2019-04-13T09:30:00")),
                bad(
                        "statusChanged",
                        Samples.statusChanged(),
                        "date-time as number",
                        j -> j.put("changedAt", 1555119000)),
                bad("statusChanged", Samples.statusChanged(), "lower-case action", j -> j.put("action", "approve")),
                bad("statusChanged", Samples.statusChanged(), "blank actor", j -> j.put("actor", "")),
                bad("eventPublished", Samples.eventPublished(), "unknown property", j -> j.put("description", "About")),
                bad("eventPublished", Samples.eventPublished(), "bad type enum", j -> j.put("type", "GALA")),
                bad(
                        "eventPublished",
                        Samples.eventPublished(),
                        "bad visibility enum",
                        j -> j.put("visibility", "PRIVATE")),
                bad("eventPublished", Samples.eventPublished(), "capacity 0", j -> j.put("capacity", 0)),
                bad("eventPublished", Samples.eventPublished(), "negative version", j -> j.put("version", -1)),
                bad("eventPublished", Samples.eventPublished(), "blank timeZone", j -> j.put("timeZone", "")),
                bad(
                        "eventPublished",
                        Samples.eventPublished(),
                        "startsAt without offset",
                        j -> j.put("startsAt", "2019-04-13T13:30:00")),
                bad(
                        "eventPublished",
                        Samples.eventPublished(),
                        "venue address",
                        j -> ((ObjectNode) j.get("venue")).put("address", "1 Main St")),
                bad(
                        "eventPublished",
                        Samples.eventPublished(),
                        "blank venue city",
                        j -> ((ObjectNode) j.get("venue")).put("city", "")),
                bad(
                        "eventPublished",
                        Samples.eventPublished(),
                        "organizer not a uuid",
                        j -> j.putArray("organizers").add("boya")),
                bad(
                        "eventPublished",
                        Samples.eventPublished(),
                        "duplicate co-host",
                        j -> j.putArray("coHosts").add(Samples.DMU.toString()).add(Samples.DMU.toString())),
                bad("eventPublished", Samples.eventPublished(), "null parentId", j -> j.putNull("parentId")),
                bad(
                        "eventUpdated",
                        Samples.eventUpdated(),
                        "changedFields not a path",
                        j -> j.putArray("changedFields").add("Venue City")),
                bad("eventUpdated", Samples.eventUpdated(), "bad status enum", j -> j.put("status", "POSTPONED")),
                bad("eventCancelled", Samples.eventCancelled(), "blank actor", j -> j.put("actor", "")),
                bad(
                        "eventCancelled",
                        Samples.eventCancelled(),
                        "actor e-mail property",
                        j -> j.put("actorEmail", "admin@example.org")),
                bad(
                        "eventCompleted",
                        Samples.eventCompleted(),
                        "occurredAt as number",
                        j -> j.put("occurredAt", 1555146000)),
                bad(
                        "registrationConfirmed",
                        Samples.registrationConfirmed(),
                        "attendee name (personal data)",
                        j -> j.put("attendeeName", "李诣书")),
                bad(
                        "registrationConfirmed",
                        Samples.registrationConfirmed(),
                        "email (personal data)",
                        j -> j.put("email", "li@example.org")),
                bad(
                        "registrationConfirmed",
                        Samples.registrationConfirmed(),
                        "phone (personal data)",
                        j -> j.put("phone", "+86 510 0000 0000")),
                bad(
                        "registrationConfirmed",
                        Samples.registrationConfirmed(),
                        "attendee object",
                        j -> j.putObject("attendee").put("name", "Li")),
                bad(
                        "registrationConfirmed",
                        Samples.registrationConfirmed(),
                        "promoted as string",
                        j -> j.put("promotedFromWaitlist", "true")),
                bad(
                        "registrationConfirmed",
                        Samples.registrationConfirmed(),
                        "bad category enum",
                        j -> j.put("category", "STUDENT")),
                bad(
                        "registrationWaitlisted",
                        Samples.registrationWaitlisted(),
                        "position 0",
                        j -> j.put("waitlistPosition", 0)),
                bad(
                        "registrationWaitlisted",
                        Samples.registrationWaitlisted(),
                        "fractional position",
                        j -> j.put("waitlistPosition", 1.5)),
                bad(
                        "registrationCancelled",
                        Samples.registrationCancelled(),
                        "bad previousStatus enum",
                        j -> j.put("previousStatus", "REFUNDED")),
                bad(
                        "attendeeCheckedIn",
                        Samples.attendeeCheckedIn(),
                        "attendee name (personal data)",
                        j -> j.put("name", "李诣书")),
                bad(
                        "attendeeCheckedIn",
                        Samples.attendeeCheckedIn(),
                        "bad registration uuid",
                        j -> j.put("registrationId", "R-1")),
                bad(
                        "agreementDrafted",
                        Samples.agreementDrafted(),
                        "party without organisation or name",
                        j -> j.putArray("parties").addObject().put("role", "PARTY_A")),
                bad(
                        "agreementDrafted",
                        Samples.agreementDrafted(),
                        "party without role",
                        j -> j.putArray("parties").addObject().put("organizationId", Samples.BOYA.toString())),
                bad(
                        "agreementDrafted",
                        Samples.agreementDrafted(),
                        "signatories (personal data)",
                        j -> ((ObjectNode) j.get("parties").get(0))
                                .putArray("signatories")
                                .addObject()
                                .put("name", "李诣书")),
                bad(
                        "agreementDrafted",
                        Samples.agreementDrafted(),
                        "bad party role",
                        j -> ((ObjectNode) j.get("parties").get(0)).put("role", "PARTY_Z")),
                bad(
                        "agreementDrafted",
                        Samples.agreementDrafted(),
                        "bad field enum",
                        j -> j.putArray("fields").add("ASTROLOGY")),
                bad(
                        "agreementDrafted",
                        Samples.agreementDrafted(),
                        "negative amendmentNumber",
                        j -> j.put("amendmentNumber", -1)),
                bad(
                        "agreementDrafted",
                        Samples.agreementDrafted(),
                        "blank referenceNumber",
                        j -> j.put("referenceNumber", "")),
                bad(
                        "agreementDrafted",
                        Samples.agreementDrafted(),
                        "bad effectiveFrom",
                        j -> j.put("effectiveFrom", "2019-02-30")),
                bad("agreementDrafted", Samples.agreementDrafted(), "bad type enum", j -> j.put("type", "LOAN")),
                bad(
                        "agreementDrafted",
                        Samples.agreementDrafted(),
                        "bad visibility enum",
                        j -> j.put("visibility", "PRIVATE")),
                bad(
                        "agreementSigned",
                        Samples.agreementSigned(),
                        "signedAt eventId not a uuid",
                        j -> ((ObjectNode) j.get("signedAt")).put("eventId", "summit")),
                bad(
                        "agreementSigned",
                        Samples.agreementSigned(),
                        "signedAt signatory",
                        j -> ((ObjectNode) j.get("signedAt")).put("signatory", "李诣书")),
                bad(
                        "agreementSigned",
                        Samples.agreementSigned(),
                        "signedOn as date-time",
                        j -> j.put("signedOn", "2019-04-13T15:00:00+08:00")),
                bad("agreementSigned", Samples.agreementSigned(), "bad status enum", j -> j.put("status", "SEALED")),
                bad("agreementTerminated", Samples.agreementTerminated(), "blank actor", j -> j.put("actor", "")),
                bad("agreementExpiring", Samples.agreementExpiring(), "negative daysLeft", j -> j.put("daysLeft", -1)),
                bad("agreementExpired", Samples.agreementExpired(), "string version", j -> j.put("version", "7")),
                bad(
                        "milestoneCompleted",
                        Samples.milestoneCompleted(),
                        "bad owner role",
                        j -> j.put("ownerPartyRole", "OWNER")),
                bad(
                        "milestoneCompleted",
                        Samples.milestoneCompleted(),
                        "bad completedOn",
                        j -> j.put("completedOn", "18/11/2020")),
                bad(
                        "milestoneOverdue",
                        Samples.milestoneOverdue(),
                        "bad previousStatus enum",
                        j -> j.put("previousStatus", "LATE")),
                bad(
                        "partyStandingChanged",
                        Samples.partyStandingChanged(),
                        "bad standing enum",
                        j -> j.put("newStanding", "BAD")),
                bad(
                        "partyStandingChanged",
                        Samples.partyStandingChanged(),
                        "bad membership status",
                        j -> j.put("membershipStatus", "EXPIRED")),
                bad(
                        "partyStandingChanged",
                        Samples.partyStandingChanged(),
                        "null organizationId",
                        j -> j.putNull("organizationId")));
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
        assertThat(schema.validate(json))
                .as("%s should be rejected: %s", what, json)
                .isNotEmpty();
    }
}
