package io.alliancehub.agreements.api;

import static io.alliancehub.agreements.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.alliancehub.agreements.service.AgreementSweep;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.events.Topics;
import io.alliancehub.testkit.CloudEventsProbe;
import io.alliancehub.testkit.EventSchemas;
import io.alliancehub.testkit.TestTokens;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The date-driven sweep: activation, the expiring notice (once), expiry, overdue milestones; and milestones by hand.
 *
 * <p>The sweeps run with dates in 2040, which makes every earlier agreement in the database due. This class has a
 * test profile of its own, so Quarkus restarts for it and Flyway cleans the test database first: the sweeps see only
 * this class's rows, and each sweep's count of rows moved is asserted exactly (in the shared database the first
 * sweep moved every other class's agreements too).
 */
@QuarkusTest
@TestProfile(DateDrivenTest.OwnDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DateDrivenTest {

    /** No overrides: a profile of its own is what restarts the application on a cleaned database. */
    public static class OwnDatabase implements QuarkusTestProfile {}

    @Inject
    AgreementSweep sweep;

    @Test
    @Order(1) // before milestoneRules, whose milestone (due 2031) a 2040 sweep would mark overdue
    void activationExpiringNoticeExpiryAndOverdueMilestones() {
        UUID org = activeOrganization("到期会员");
        LocalDate day = LocalDate.of(2040, 1, 1);
        UUID id = UUID.fromString(create(
                        TestTokens.admin(),
                        agreementJson(referenceNumber(), org, "PUBLIC", true, "2040-01-10", "2040-06-30"))
                .statusCode(201)
                .extract()
                .path("id"));
        negotiate(id);
        sign(
                        id,
                        TestTokens.member(org),
                        Map.of(
                                "partyRole",
                                "PARTY_A",
                                "signatory",
                                0,
                                "signedOn",
                                LocalDate.now().toString()))
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
                                LocalDate.now().toString()))
                .statusCode(200)
                .body("status", is("SIGNED"));
        String milestones = "/api/v1/agreements/" + id + "/milestones";
        String milestone = given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        Map.of("en", "Cell centre passes GMP inspection"),
                        "ownerPartyRole",
                        "PARTY_A",
                        "dueOn",
                        "2040-03-31"))
                .post(milestones)
                .then()
                .statusCode(201)
                .body("status", is("PLANNED"))
                .extract()
                .path("id");
        String done = given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(Map.of(
                        "title", Map.of("en", "Joint lab opens"), "ownerPartyRole", "PARTY_B", "dueOn", "2040-02-28"))
                .post(milestones)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(Map.of("action", "COMPLETE", "completedOn", "2026-01-02"))
                .post(milestones + "/" + done + "/transitions")
                .then()
                .statusCode(200)
                .body("status", is("DONE"))
                .body("completedOn", is("2026-01-02"))
                .body("allowedActions", empty());

        assertThat(sweep.sweep(day)).as("nothing due on 2040-01-01").isZero();
        get(id).body("status", is("SIGNED"));
        assertThat(sweep.sweep(day.withDayOfMonth(10))).as("the activation").isEqualTo(1);
        get(id).body("status", is("ACTIVE"));
        assertThat(sweep.sweep(LocalDate.of(2040, 5, 31)))
                .as("the expiring notice (30 days ahead) and the overdue milestone")
                .isEqualTo(2);
        assertThat(sweep.sweep(LocalDate.of(2040, 6, 1)))
                .as("the notice only once")
                .isZero();
        get(id).body("status", is("ACTIVE"));
        given().get(milestones)
                .then()
                .body("find { it.id == '" + milestone + "' }.status", is("OVERDUE"))
                .body("find { it.id == '" + done + "' }.status", is("DONE"));
        given().queryParam("expiringBefore", "2040-06-30")
                .get("/api/v1/agreements")
                .then()
                .body("items.id", hasItem(id.toString()));
        assertThat(sweep.sweep(LocalDate.of(2040, 7, 1))).as("the expiry").isEqualTo(1);
        get(id).body("status", is("EXPIRED")).body("allowedActions", empty());

        try (CloudEventsProbe probe = new CloudEventsProbe(Topics.AGREEMENTS)) {
            List<ConsumerRecord<String, CloudEvent>> records =
                    probe.await(r -> id.toString().equals(r.key()), 9, Duration.ofSeconds(30));
            assertThat(records)
                    .extracting(r -> r.value().getType())
                    .containsExactly(
                            EventTypes.AGREEMENT_DRAFTED,
                            EventTypes.AGREEMENT_PARTY_SIGNED,
                            EventTypes.AGREEMENT_PARTY_SIGNED,
                            EventTypes.AGREEMENT_SIGNED,
                            EventTypes.MILESTONE_COMPLETED,
                            EventTypes.AGREEMENT_ACTIVATED,
                            EventTypes.AGREEMENT_EXPIRING,
                            EventTypes.MILESTONE_OVERDUE,
                            EventTypes.AGREEMENT_EXPIRED);
            for (ConsumerRecord<String, CloudEvent> r : records) {
                assertThat(EventSchemas.violations(
                                r.value().getType(), r.value().getData().toBytes()))
                        .as(r.value().getType())
                        .isEmpty();
            }
            assertThat(new String(records.get(6).value().getData().toBytes())).contains("\"daysLeft\": 30");
            assertThat(records.get(7).value().getSubject()).isEqualTo(milestone);
        }
    }

    @Test
    @Order(2)
    void milestoneRules() {
        UUID id = agreement(activeOrganization("里程碑会员"), "PUBLIC", false);
        String milestones = "/api/v1/agreements/" + id + "/milestones";
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(Map.of("title", Map.of("en", "x"), "ownerPartyRole", "GUARANTOR", "dueOn", "2030-01-01"))
                .post(milestones)
                .then()
                .statusCode(422)
                .body("type", endsWith("/unknown-party-role"));
        String m = given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(Map.of("title", Map.of("en", "x"), "ownerPartyRole", "PARTY_B", "dueOn", "2030-01-01"))
                .post(milestones)
                .then()
                .statusCode(201)
                .body("allowedActions", contains("START", "COMPLETE"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(Map.of("action", "START"))
                .post(milestones + "/" + m + "/transitions")
                .then()
                .statusCode(200)
                .body("status", is("IN_PROGRESS"));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(Map.of("action", "START"))
                .post(milestones + "/" + m + "/transitions")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .body("{\"dueOn\": \"2031-06-30\"}")
                .patch(milestones + "/" + m)
                .then()
                .statusCode(200)
                .body("dueOn", is("2031-06-30"));
        given().auth()
                .oauth2(TestTokens.admin())
                .get(milestones + "/" + m)
                .then()
                .statusCode(200)
                .header("ETag", is("\"2\""))
                .body("status", is("IN_PROGRESS"));
        given().auth()
                .oauth2(TestTokens.member(UUID.randomUUID()))
                .contentType("application/json")
                .body(Map.of("action", "COMPLETE"))
                .post(milestones + "/" + m + "/transitions")
                .then()
                .statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse get(UUID id) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/agreements/" + id)
                .then()
                .statusCode(200);
    }
}
