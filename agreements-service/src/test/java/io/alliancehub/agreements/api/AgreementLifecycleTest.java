package io.alliancehub.agreements.api;

import static io.alliancehub.agreements.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.events.Topics;
import io.alliancehub.testkit.CloudEventsProbe;
import io.alliancehub.testkit.EventSchemas;
import io.alliancehub.testkit.IdempotencyChecks;
import io.alliancehub.testkit.TestTokens;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** An agreement from draft to signing at a forum, amendment and termination, with what it publishes. */
@QuarkusTest
class AgreementLifecycleTest {

    @Test
    void anIdempotencyKeyCreatesOneAgreement() {
        UUID member = activeOrganization("幂等缔约方");
        String reference = referenceNumber();
        IdempotencyChecks.replaysAndRefusesADifferentBody(
                TestTokens.admin(),
                "/api/v1/agreements",
                agreementJson(reference, member, "PUBLIC", true),
                agreementJson(referenceNumber(), member, "PUBLIC", true),
                IdempotencyChecks.rowsOf("agreement"));
    }

    @Test
    void draftReviewNegotiateSignAtAForumAmendAndTerminate() throws Exception {
        UUID zone = activeOrganization("大连自贸片区");
        String ref = referenceNumber();
        UUID id = UUID.fromString(create(TestTokens.admin(), agreementJson(ref, zone, "PUBLIC", false))
                .statusCode(201)
                .body("status", is("DRAFT"))
                .body("allowedActions", contains("SUBMIT_FOR_REVIEW"))
                .body("parties[0].name.zh", is("大连自贸片区"))
                .body("parties[1].name.en", is("Dalian Medical University"))
                .body("partyStanding", is("GOOD"))
                .body("amendmentNumber", is(0))
                .extract()
                .path("id"));
        create(TestTokens.admin(), agreementJson(ref, zone, "PUBLIC", false))
                .statusCode(409)
                .body("type", endsWith("/duplicate-reference-number"))
                .body("detail", not(containsString(id.toString())));
        String path = "/api/v1/agreements/" + id;
        // drafts are the parties' own business
        given().get(path).then().statusCode(404);

        transition(id, "SUBMIT_FOR_REVIEW").statusCode(200).body("status", is("UNDER_REVIEW"));
        transition(id, "START_NEGOTIATION").statusCode(200).body("allowedActions", contains("RETURN_TO_DRAFT"));
        sign(id, TestTokens.member(zone), Map.of("partyRole", "PARTY_A", "signatory", 0, "signedOn", "2021-04-19"))
                .statusCode(422)
                .body("type", endsWith("/no-signatory"));
        // (RestAssured would encode a body of this content type as ISO-8859-1 without the charset)
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", etag(path))
                .body("""
                        {"parties": [{"organizationId": "%s", "role": "PARTY_A", "signatories": [{"name": {"zh": "王五"}}]},
                                     {"name": {"en": "Dalian Medical University"}, "role": "PARTY_B", "signatories": [{"name": {"en": "Li Si"}}]}]}""".formatted(zone))
                .patch(path)
                .then()
                .statusCode(200);
        sign(
                        id,
                        TestTokens.member(zone),
                        Map.of(
                                "partyRole",
                                "PARTY_A",
                                "signatory",
                                0,
                                "signedOn",
                                "2021-04-19",
                                "signedAt",
                                Map.of("eventId", UUID.randomUUID())))
                .statusCode(422)
                .body("type", endsWith("/unknown-event"))
                .body("errors[0].field", is("signedAt.eventId"));
        sign(id, TestTokens.member(zone), Map.of("partyRole", "PARTY_A", "signatory", 0, "signedOn", "2999-01-01"))
                .statusCode(422)
                .body("errors[0].field", is("signedOn"));
        sign(id, TestTokens.member(zone), Map.of("partyRole", "PARTY_A", "signatory", 3, "signedOn", "2021-04-19"))
                .statusCode(422)
                .body("errors[0].field", is("signatory"));
        UUID forum = publishedEvent("Gene and cell therapy summit, signing session");
        sign(
                        id,
                        TestTokens.member(zone),
                        Map.of(
                                "partyRole",
                                "PARTY_A",
                                "signatory",
                                0,
                                "signedOn",
                                "2021-04-19",
                                "signedAt",
                                Map.of("place", "Dalian", "eventId", forum)))
                .statusCode(200)
                .body("status", is("SIGNING"))
                .body("signing.collected", is(1))
                .body("signing.pending", contains("PARTY_B"))
                .body("parties[0].signature.recordedBy", startsWith("member:"));
        sign(
                        id,
                        TestTokens.admin(),
                        Map.of(
                                "partyRole",
                                "PARTY_B",
                                "signatory",
                                0,
                                "signedOn",
                                "2021-04-19",
                                "signedAt",
                                Map.of("place", "Dalian", "eventId", forum)))
                .statusCode(200)
                .body("status", is("SIGNED"))
                .body("signing.collected", is(2))
                .body("parties[1].signature.recordedBy", startsWith("admin:"))
                .body("signedAt.eventId", is(forum.toString()))
                .body("signedOn", is("2021-04-19"));
        given().queryParam("signedAtEventId", forum.toString())
                .get("/api/v1/agreements")
                .then()
                .statusCode(200)
                .body("items.id", contains(id.toString()));

        // signed text is frozen: changes are amendments
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/merge-patch+json")
                .header("If-Match", etag(path))
                .body("{\"effectiveTo\": \"2031-04-18\"}")
                .patch(path)
                .then()
                .statusCode(409)
                .body("type", endsWith("/agreement-signed"));
        UUID amendment = UUID.fromString(given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(Map.of(
                        "summary",
                        Map.of("en", "Extends the term by five years"),
                        "changes",
                        Map.of("effectiveTo", "2031-04-18")))
                .post(path + "/amendments")
                .then()
                .statusCode(201)
                .body("amendsId", is(id.toString()))
                .body("amendmentNumber", is(1))
                .body("referenceNumber", is(ref + "-A1"))
                .body("effectiveTo", is("2031-04-18"))
                .body("status", is("DRAFT"))
                .body("parties[0].signatories[0].name.zh", is("王五"))
                .extract()
                .path("id"));
        given().auth()
                .oauth2(TestTokens.admin())
                .get(path + "/amendments")
                .then()
                .statusCode(200)
                .body("id", contains(amendment.toString()));
        given().get(path).then().statusCode(200).body("effectiveTo", is("2026-04-18"));

        transition(id, "ACTIVATE")
                .statusCode(200)
                .body("allowedActions", contains("COMPLETE", "TERMINATE"))
                .body("activatedBy", startsWith("admin:"));
        transition(id, Map.of("action", "TERMINATE", "reason", "Superseded by the new zone plan"))
                .statusCode(200)
                .body("status", is("TERMINATED"))
                .body("terminatedBy", startsWith("admin:"))
                .body("terminationReason", is("Superseded by the new zone plan"));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(Map.of("summary", Map.of("en", "x"), "changes", Map.of()))
                .post(path + "/amendments")
                .then()
                .statusCode(409);

        given().auth()
                .oauth2(TestTokens.admin())
                .get(path + "/history")
                .then()
                .statusCode(200)
                .body("changes.field.flatten()", hasItems("status", "parties", "signedOn"));

        try (CloudEventsProbe probe = new CloudEventsProbe(Topics.AGREEMENTS)) {
            List<ConsumerRecord<String, CloudEvent>> records = probe.await(
                    r -> id.toString().equals(r.key()) || amendment.toString().equals(r.key()),
                    7,
                    Duration.ofSeconds(30));
            assertThat(records.stream()
                            .filter(r -> r.key().equals(id.toString()))
                            .map(r -> r.value().getType()))
                    .containsExactly(
                            EventTypes.AGREEMENT_DRAFTED,
                            EventTypes.AGREEMENT_PARTY_SIGNED,
                            EventTypes.AGREEMENT_PARTY_SIGNED,
                            EventTypes.AGREEMENT_SIGNED,
                            EventTypes.AGREEMENT_ACTIVATED,
                            EventTypes.AGREEMENT_TERMINATED);
            assertThat(records.stream()
                            .filter(r -> r.key().equals(amendment.toString()))
                            .map(r -> r.value().getType()))
                    .containsExactly(EventTypes.AGREEMENT_AMENDED);
            for (ConsumerRecord<String, CloudEvent> r : records) {
                byte[] data = r.value().getData().toBytes();
                assertThat(EventSchemas.violations(r.value().getType(), data))
                        .as(r.value().getType())
                        .isEmpty();
                assertThat(new String(data))
                        .as("signatories are personal data: never in events")
                        .doesNotContain("王五");
            }
            ConsumerRecord<String, CloudEvent> signed = records.stream()
                    .filter(r -> r.value().getType().equals(EventTypes.AGREEMENT_SIGNED))
                    .findFirst()
                    .orElseThrow();
            assertThat(new ObjectMapper()
                            .readTree(signed.value().getData().toBytes())
                            .at("/signedAt/eventId")
                            .asText())
                    .isEqualTo(forum.toString());
        }
    }

    @Test
    void whoSeesWhat() {
        UUID a = activeOrganization("协议甲方");
        UUID b = activeOrganization("旁观会员");
        UUID parties = signedAgreement(a, "PARTIES");
        UUID members = signedAgreement(a, "MEMBERS");
        UUID open = signedAgreement(a, "PUBLIC");
        UUID draft = agreement(a, "PUBLIC", false);
        String base = "/api/v1/agreements/";

        given().get(base + open).then().statusCode(200);
        given().get(base + members).then().statusCode(404);
        given().get(base + parties).then().statusCode(404);
        given().auth().oauth2(TestTokens.member(b)).get(base + members).then().statusCode(200);
        given().auth().oauth2(TestTokens.member(b)).get(base + parties).then().statusCode(404);
        given().auth().oauth2(TestTokens.member(b)).get(base + draft).then().statusCode(404);
        given().auth().oauth2(TestTokens.partner()).get(base + members).then().statusCode(200);
        given().auth().oauth2(TestTokens.member(a)).get(base + parties).then().statusCode(200);
        given().auth().oauth2(TestTokens.member(a)).get(base + draft).then().statusCode(200);

        given().auth()
                .oauth2(TestTokens.member(b))
                .queryParam("partyId", a.toString())
                .get("/api/v1/agreements")
                .then()
                .body("items.id", containsInAnyOrder(members.toString(), open.toString()));
        given().auth()
                .oauth2(TestTokens.member(a))
                .queryParam("partyId", a.toString())
                .get("/api/v1/agreements")
                .then()
                .body("totalItems", is(4));
        given().queryParam("partyId", a.toString())
                .get("/api/v1/agreements")
                .then()
                .body("items.id", contains(open.toString()));

        // a member changes only agreements it is a party to, and records only its own
        given().auth()
                .oauth2(TestTokens.member(b))
                .contentType("application/json")
                .body(Map.of("action", "SUBMIT_FOR_REVIEW"))
                .post(base + draft + "/transitions")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.member(a))
                .contentType("application/json")
                .body(Map.of("action", "SUBMIT_FOR_REVIEW"))
                .post(base + draft + "/transitions")
                .then()
                .statusCode(200);
        create(TestTokens.member(b), agreementJson(referenceNumber(), a, "PUBLIC", false))
                .statusCode(403);
        create(TestTokens.member(a), agreementJson(referenceNumber(), a, "PUBLIC", false))
                .statusCode(201);
        create(TestTokens.partner(), agreementJson(referenceNumber(), a, "PUBLIC", false))
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.member(b))
                .get(base + open + "/history")
                .then()
                .statusCode(403);

        String csv = given().auth()
                .oauth2(TestTokens.member(b))
                .accept("text/csv")
                .queryParam("partyId", a.toString())
                .get("/api/v1/agreements")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv)
                .contains("PARTY_A:协议甲方;PARTY_B:Dalian Medical University")
                .doesNotContain(parties.toString())
                .doesNotContain("王五");
    }
}
