package io.alliancehub.agreements.service;

import static io.alliancehub.agreements.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.events.Topics;
import io.alliancehub.testkit.CloudEventsProbe;
import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sweep on its schedule (every second here): an overdue milestone moves and is published without anyone calling it. */
@QuarkusTest
@TestProfile(ScheduledSweepTest.EverySecond.class)
class ScheduledSweepTest {

    public static class EverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("agreements.sweep-every", "1s");
        }
    }

    @Test
    void anOverdueMilestoneMovesAndIsPublishedOnTheScheduledRun() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        UUID id = UUID.fromString(create(
                        TestTokens.admin(),
                        agreementJson(
                                referenceNumber(),
                                activeOrganization("定时会员"),
                                "PUBLIC",
                                true,
                                today.minusYears(1).toString(),
                                today.plusYears(3).toString()))
                .statusCode(201)
                .extract()
                .path("id"));
        String milestones = "/api/v1/agreements/" + id + "/milestones";
        String m = given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        Map.of("en", "Feasibility study"),
                        "ownerPartyRole",
                        "PARTY_A",
                        "dueOn",
                        today.minusDays(1).toString()))
                .post(milestones)
                .then()
                .statusCode(201)
                .body("status", is("PLANNED"))
                .extract()
                .path("id");
        try (CloudEventsProbe probe = new CloudEventsProbe(Topics.AGREEMENTS)) {
            assertThat(probe.await(
                            r -> r.value().getType().equals(EventTypes.MILESTONE_OVERDUE)
                                    && m.equals(r.value().getSubject()),
                            1,
                            Duration.ofSeconds(30)))
                    .hasSize(1);
        }
        given().auth()
                .oauth2(TestTokens.admin())
                .get(milestones + "/" + m)
                .then()
                .body("status", is("OVERDUE"));
    }
}
