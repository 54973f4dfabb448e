package io.alliancehub.agreements;

import static io.restassured.RestAssured.given;

import io.alliancehub.agreements.domain.ReplicatedEvent;
import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.EventType;
import io.alliancehub.contracts.codes.EventVisibility;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.events.EventPublished;
import io.alliancehub.contracts.events.events.Venue;
import io.alliancehub.testkit.CloudEventsPublisher;
import io.alliancehub.testkit.MembersFixtures;
import io.alliancehub.testkit.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders for agreements-service tests; organisations and events arrive as the other services' events on the broker. */
public final class TestData {

    private TestData() {}

    public static UUID activeOrganization(String name) {
        return MembersFixtures.organization(name, MembershipStatus.ACTIVE);
    }

    /** An alliance event as events-service publishes it; returns once the replica has it. */
    public static UUID publishedEvent(String title) {
        UUID id = UUID.randomUUID();
        try (CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            publisher.publish(
                    id,
                    new EventPublished(
                            id,
                            1,
                            null,
                            EventType.SIGNING_CEREMONY,
                            LocalizedText.en(title),
                            EventStatus.PUBLISHED,
                            OffsetDateTime.parse("2021-04-19T09:00:00+08:00"),
                            OffsetDateTime.parse("2021-04-19T12:00:00+08:00"),
                            "Asia/Shanghai",
                            new Venue("Dalian International Conference Center", "Dalian"),
                            EventVisibility.PUBLIC,
                            300,
                            List.of(UUID.randomUUID()),
                            List.of(),
                            OffsetDateTime.now()));
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (QuarkusTransaction.requiringNew().call(() -> ReplicatedEvent.findById(id)) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("event " + id + " did not reach the replica");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return id;
    }

    public static String referenceNumber() {
        return "T-"
                + UUID.randomUUID().toString().substring(0, 13).toUpperCase().replace("-", "");
    }

    /** A framework agreement between a member organisation (PARTY_A) and an outside university (PARTY_B). */
    public static String agreementJson(String reference, UUID member, String visibility, boolean signatories) {
        return agreementJson(reference, member, visibility, signatories, "2021-04-19", "2026-04-18");
    }

    public static String agreementJson(
            String reference, UUID member, String visibility, boolean signatories, String from, String to) {
        String sig = signatories ? "[{\"name\": {\"zh\": \"王五\"}, \"title\": {\"en\": \"Director\"}}]" : "[]";
        return """
                {"referenceNumber": "%s",
                 "title": {"zh": "共建大连基因细胞治疗先行示范区框架协议", "en": "Framework agreement on a gene and cell therapy pilot zone"},
                 "type": "FRAMEWORK_AGREEMENT",
                 "parties": [{"organizationId": "%s", "role": "PARTY_A", "signatories": %s},
                             {"name": {"en": "Dalian Medical University"}, "role": "PARTY_B", "signatories": %s}],
                 "fields": ["CELL_THERAPY", "GENE_TESTING", "DRUG_RND"],
                 "deliverables": [{"zh": "细胞治疗临床医学中心", "en": "Clinical medical centre for cell therapy"}],
                 "effectiveFrom": "%s", "effectiveTo": "%s", "visibility": "%s"}""".formatted(reference, member, sig, sig, from, to, visibility);
    }

    public static ValidatableResponse create(String token, String json) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(json)
                .post("/api/v1/agreements")
                .then();
    }

    public static UUID agreement(UUID member, String visibility, boolean signatories) {
        return UUID.fromString(
                create(TestTokens.admin(), agreementJson(referenceNumber(), member, visibility, signatories))
                        .statusCode(201)
                        .extract()
                        .path("id"));
    }

    public static ValidatableResponse transition(UUID id, Map<String, ?> body) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(body)
                .post("/api/v1/agreements/" + id + "/transitions")
                .then();
    }

    public static ValidatableResponse transition(UUID id, String action) {
        return transition(id, Map.of("action", action));
    }

    /**
     * An agreement signed on 2021-04-19 by both parties (SIGNED; the sweep would make it ACTIVE and then
     * EXPIRED by its dates): the member party signs for itself, the secretariat records the outside party.
     */
    public static UUID signedAgreement(UUID member, String visibility) {
        return signedAgreement(member, visibility, "2021-04-19");
    }

    public static UUID signedAgreement(UUID member, String visibility, String signedOn) {
        UUID id = agreement(member, visibility, true);
        negotiate(id);
        sign(id, TestTokens.member(member), Map.of("partyRole", "PARTY_A", "signatory", 0, "signedOn", signedOn))
                .statusCode(200);
        sign(
                        id,
                        TestTokens.admin(),
                        Map.of(
                                "partyRole",
                                "PARTY_B",
                                "signatory",
                                0,
                                "signedOn",
                                signedOn,
                                "signedAt",
                                Map.of("place", "Dalian")))
                .statusCode(200);
        return id;
    }

    /** DRAFT → UNDER_REVIEW → NEGOTIATION, as the secretariat. */
    public static void negotiate(UUID id) {
        transition(id, "SUBMIT_FOR_REVIEW").statusCode(200);
        transition(id, "START_NEGOTIATION").statusCode(200);
    }

    public static ValidatableResponse sign(UUID id, String token, Map<String, ?> body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/agreements/" + id + "/signatures")
                .then();
    }

    public static String etag(String path) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
