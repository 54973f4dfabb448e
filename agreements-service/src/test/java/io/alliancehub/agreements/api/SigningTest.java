package io.alliancehub.agreements.api;

import static io.alliancehub.agreements.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.events.Topics;
import io.alliancehub.testkit.CloudEventsProbe;
import io.alliancehub.testkit.EventSchemas;
import io.alliancehub.testkit.TestTokens;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Each party signs for itself; the agreement is SIGNED when the last one has. */
@QuarkusTest
class SigningTest {

    private static final String[] PRINCIPAL = {
        "PARTY_A", "PARTY_B", "PARTY_C", "PARTY_D", "PARTY_E", "PARTY_F", "PARTY_G", "PARTY_H", "PARTY_I", "PARTY_J"
    };

    /** Parties: the given members first (in role order), then outside parties up to {@code principal}, plus a witness. */
    private static String agreementOf(List<UUID> members, int principal, boolean witness) {
        List<String> parties = new ArrayList<>();
        for (int i = 0; i < principal; i++) {
            String who = i < members.size()
                    ? "\"organizationId\": \"" + members.get(i) + "\""
                    : "\"name\": {\"en\": \"Outside party " + i + "\"}";
            parties.add("{" + who + ", \"role\": \"" + PRINCIPAL[i]
                    + "\", \"signatories\": [{\"name\": {\"en\": \"Signer " + i + "\"}}]}");
        }
        if (witness) {
            parties.add(
                    "{\"name\": {\"zh\": \"大连市卫生健康委员会\"}, \"role\": \"WITNESS\", \"signatories\": [{\"name\": {\"en\": \"Witness\"}}]}");
            parties.add(
                    "{\"name\": {\"zh\": \"大连市科技局\"}, \"role\": \"WITNESS\", \"signatories\": [{\"name\": {\"en\": \"Witness 2\"}}]}");
        }
        return """
                {"referenceNumber": "%s", "title": {"zh": "多方合作框架协议"}, "type": "FRAMEWORK_AGREEMENT",
                 "parties": [%s], "effectiveFrom": "2021-04-19", "visibility": "PUBLIC"}""".formatted(referenceNumber(), String.join(",", parties));
    }

    private static UUID negotiated(List<UUID> members, int principal, boolean witness) {
        UUID id = UUID.fromString(create(TestTokens.admin(), agreementOf(members, principal, witness))
                .statusCode(201)
                .extract()
                .path("id"));
        negotiate(id);
        return id;
    }

    private static Map<String, Object> signature(String role) {
        return Map.of("partyRole", role, "signatory", 0, "signedOn", "2021-04-19");
    }

    private static Map<String, Object> onBehalf(String role) {
        Map<String, Object> body = new HashMap<>(signature(role));
        body.put("onBehalfReason", "signed original filed as SEC-2021-17");
        return body;
    }

    @Test
    void eachPartySignsForItselfAndTheLastSignatureSigns() throws Exception {
        UUID zone = activeOrganization("大连自贸片区管委会");
        UUID university = activeOrganization("大连医科大学");
        UUID district = activeOrganization("大连市金普新区");
        UUID bystander = activeOrganization("旁观会员单位");
        UUID id = negotiated(List.of(zone, university, district), 3, false);

        // nobody signs for another party
        sign(id, TestTokens.member(zone), signature("PARTY_B")).statusCode(403).contentType("application/problem+json");
        // a member that is no party does not even learn that the unsigned agreement exists
        sign(id, TestTokens.member(bystander), signature("PARTY_A")).statusCode(404);
        given().contentType("application/json")
                .body(signature("PARTY_A"))
                .post("/api/v1/agreements/" + id + "/signatures")
                .then()
                .statusCode(401);
        sign(id, TestTokens.partner(), signature("PARTY_A")).statusCode(403);
        sign(id, TestTokens.admin(), signature("PARTY_A"))
                .statusCode(400)
                .body("errors[0].field", is("onBehalfReason"));
        Map<String, Object> selfWithReason = new HashMap<>(onBehalf("PARTY_A"));
        sign(id, TestTokens.member(zone), selfWithReason).statusCode(400);

        sign(id, TestTokens.member(zone), signature("PARTY_A"))
                .statusCode(200)
                .body("status", is("SIGNING"))
                .body("signing.required", is(3))
                .body("signing.collected", is(1))
                .body("signing.pending", contains("PARTY_B", "PARTY_C"));
        sign(id, TestTokens.member(zone), signature("PARTY_A"))
                .statusCode(409)
                .body("type", endsWith("/already-signed"));
        sign(id, TestTokens.member(university), signature("PARTY_B"))
                .statusCode(200)
                .body("status", is("SIGNING"));
        // not yet binding: outsiders see nothing before the last signature
        given().get("/api/v1/agreements/" + id).then().statusCode(404);
        sign(id, TestTokens.admin(), onBehalf("PARTY_C"))
                .statusCode(200)
                .body("status", is("SIGNED"))
                .body("signing.pending", empty())
                .body("parties[2].signature.onBehalfReason", is("signed original filed as SEC-2021-17"));
        given().get("/api/v1/agreements/" + id).then().statusCode(200).body("status", is("SIGNED"));
        sign(id, TestTokens.member(university), signature("PARTY_B"))
                .statusCode(409)
                .body("type", endsWith("/not-signable"));

        given().auth()
                .oauth2(TestTokens.member(zone))
                .get("/api/v1/agreements/" + id + "/history")
                .then()
                .statusCode(200)
                .body(
                        "collect { it.changes.field }.flatten().findAll { it.startsWith('signatures.') }.size()",
                        greaterThanOrEqualTo(3));

        try (CloudEventsProbe probe = new CloudEventsProbe(Topics.AGREEMENTS)) {
            List<ConsumerRecord<String, CloudEvent>> records =
                    probe.await(r -> id.toString().equals(r.key()), 5, Duration.ofSeconds(30));
            assertThat(records.stream().map(r -> r.value().getType()))
                    .containsExactly(
                            EventTypes.AGREEMENT_DRAFTED,
                            EventTypes.AGREEMENT_PARTY_SIGNED,
                            EventTypes.AGREEMENT_PARTY_SIGNED,
                            EventTypes.AGREEMENT_PARTY_SIGNED,
                            EventTypes.AGREEMENT_SIGNED);
            for (ConsumerRecord<String, CloudEvent> r : records) {
                byte[] data = r.value().getData().toBytes();
                assertThat(EventSchemas.violations(r.value().getType(), data))
                        .as(r.value().getType())
                        .isEmpty();
                assertThat(new String(data)).doesNotContain("Signer");
            }
            com.fasterxml.jackson.databind.JsonNode last = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(records.get(3).value().getData().toBytes());
            assertThat(last.get("signaturesCollected").asInt()).isEqualTo(3);
            assertThat(last.get("recordedOnBehalf").asBoolean()).isTrue();
            assertThat(last.at("/party/role").asText()).isEqualTo("PARTY_C");
        }
    }

    @Test
    void aChangeAfterTheFirstSignatureVoidsTheSignatures() {
        UUID zone = activeOrganization("改动方甲");
        UUID university = activeOrganization("改动方乙");
        UUID id = negotiated(List.of(zone, university), 2, false);
        String path = "/api/v1/agreements/" + id;
        sign(id, TestTokens.member(zone), signature("PARTY_A")).statusCode(200).body("status", is("SIGNING"));
        given().auth()
                .oauth2(TestTokens.member(university))
                .contentType("application/merge-patch+json")
                .header("If-Match", etag(path))
                .body("{\"effectiveTo\": \"2031-04-18\"}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("status", is("NEGOTIATION"))
                .body("signing.collected", is(0))
                .body("signing.voidedNote", containsString("text changed after 1 of 2 signatures"))
                .body("parties[0].signature", nullValue());
        sign(id, TestTokens.member(university), signature("PARTY_B"))
                .statusCode(200)
                .body("status", is("SIGNING"));
        sign(id, TestTokens.member(zone), signature("PARTY_A"))
                .statusCode(200)
                .body("status", is("SIGNED"))
                .body("effectiveTo", is("2031-04-18"));
    }

    @Test
    void aPartyNamedByAnotherMemberSeesTheDraftListsOnlyItsOwnSignatoriesAndMayDecline() {
        UUID drafter = activeOrganization("起草方");
        UUID named = activeOrganization("被列为乙方的会员");
        String json = """
                {"referenceNumber": "%s", "title": {"en": "Co-building contract"}, "type": "CO_BUILDING",
                 "parties": [{"organizationId": "%s", "role": "PARTY_A", "signatories": [{"name": {"en": "Our chair"}}]},
                             {"organizationId": "%s", "role": "PARTY_B", "signatories": [{"name": {"en": "Someone we chose"}}]}],
                 "visibility": "PUBLIC"}""";
        create(TestTokens.member(drafter), json.formatted(referenceNumber(), drafter, named))
                .statusCode(403)
                .body("detail", containsString("its own signatories"));
        UUID id = UUID.fromString(create(
                        TestTokens.member(drafter),
                        json.replace("[{\"name\": {\"en\": \"Someone we chose\"}}]", "[]")
                                .formatted(referenceNumber(), drafter, named))
                .statusCode(201)
                .extract()
                .path("id"));
        String path = "/api/v1/agreements/" + id;
        given().auth()
                .oauth2(TestTokens.member(named))
                .get(path)
                .then()
                .statusCode(200)
                .body("status", is("DRAFT"));
        given().auth()
                .oauth2(TestTokens.member(named))
                .contentType("application/merge-patch+json")
                .header("If-Match", etag(path))
                .body("""
                        {"parties": [{"organizationId": "%s", "role": "PARTY_A", "signatories": [{"name": {"en": "Our chair"}}]},
                                     {"organizationId": "%s", "role": "PARTY_B", "signatories": [{"name": {"en": "Our president"}}]}]}""".formatted(drafter, named))
                .patch(path)
                .then()
                .statusCode(200)
                .body("parties[1].signatories[0].name.en", is("Our president"));
        negotiate(id);
        sign(id, TestTokens.member(drafter), signature("PARTY_A")).statusCode(200);
        given().auth()
                .oauth2(TestTokens.member(drafter))
                .contentType("application/json")
                .body(Map.of("partyRole", "PARTY_B", "reason", "not ours to refuse"))
                .post(path + "/declines")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.member(named))
                .contentType("application/json")
                .body(Map.of("partyRole", "PARTY_B", "reason", "Clause 4 needs our ethics committee first"))
                .post(path + "/declines")
                .then()
                .statusCode(200)
                .body("status", is("NEGOTIATION"))
                .body("parties[1].declined.reason", is("Clause 4 needs our ethics committee first"))
                .body("signing.collected", is(0))
                .body("signing.voidedNote", containsString("PARTY_B declined"));
        sign(id, TestTokens.member(drafter), signature("PARTY_A"))
                .statusCode(409)
                .body("type", endsWith("/signing-stopped"));
    }

    @Test
    void threeFiveAndTenPrincipalPartiesWithRepeatedWitnesses() {
        UUID member = activeOrganization("多方协议会员");
        for (int principal : new int[] {3, 5, 10}) {
            UUID id = negotiated(List.of(member), principal, true);
            sign(id, TestTokens.member(member), signature("PARTY_A")).statusCode(200);
            // outside parties' signatures are the secretariat's to record; a member cannot record them
            sign(id, TestTokens.member(member), signature("PARTY_B")).statusCode(403);
            for (int i = 1; i < principal; i++) {
                sign(id, TestTokens.admin(), signature(PRINCIPAL[i]))
                        .statusCode(200)
                        .body("status", is("SIGNING"));
            }
            sign(id, TestTokens.admin(), signature("WITNESS")).statusCode(200).body("status", is("SIGNING"));
            sign(id, TestTokens.admin(), signature("WITNESS"))
                    .statusCode(200)
                    .body("status", is("SIGNED"))
                    .body("signing.required", is(principal + 2))
                    .body("parties.findAll { it.role == 'WITNESS' }.size()", is(2));
        }
        create(TestTokens.admin(), agreementOf(List.of(member), 1, true))
                .statusCode(400)
                .body("errors.field", hasItem("parties"));
    }
}
