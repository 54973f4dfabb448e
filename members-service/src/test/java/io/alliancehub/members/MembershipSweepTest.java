package io.alliancehub.members;

import static io.alliancehub.members.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.alliancehub.contracts.events.Topics;
import io.alliancehub.members.service.MembershipSweep;
import io.alliancehub.testkit.CloudEventsProbe;
import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MembershipSweepTest {

    @Inject
    MembershipSweep sweep;

    @Test
    void termEndMovesToGraceThenLapsedOnceAndRenewRestores() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        UUID id = createOrganization("到期单位", "Expiring Member");
        transition(id, "APPROVE").statusCode(200);
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(Map.of(
                        "action",
                        "ACTIVATE",
                        "termStart",
                        today.toString(),
                        "termEnd",
                        today.plusDays(1).toString()))
                .post("/api/v1/organizations/" + id + "/membership/transitions")
                .then()
                .statusCode(200);

        assertThat(sweep.sweep(today.plusDays(2))).isGreaterThanOrEqualTo(1);
        status(id, "GRACE");
        sweep.sweep(today.plusDays(2));
        status(id, "GRACE");
        // the term ended on today+1; the 30 grace days are today+2 … today+31
        sweep.sweep(today.plusDays(1 + 30));
        status(id, "GRACE");
        sweep.sweep(today.plusDays(1 + 31));
        status(id, "LAPSED");

        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/organizations/" + id + "/membership/transitions")
                .then()
                .body("[2].action", is("ENTER_GRACE"))
                .body("[2].actor", is("system:membership-sweep"))
                .body("[3].action", is("LAPSE"))
                .body("size()", is(4));
        transition(id, "RENEW").statusCode(200).body("membership.status", is("ACTIVE"));

        try (CloudEventsProbe probe = new CloudEventsProbe(Topics.MEMBERS)) {
            // registered, then each move (APPROVE, ACTIVATE, ENTER_GRACE, LAPSE, RENEW) and the snapshot after it
            List<String> payloads = probe.await(CloudEventsProbe.subject(id), 11, Duration.ofSeconds(30)).stream()
                    .map(r -> new String(r.value().getData().toBytes()).replace(" ", ""))
                    .toList();
            assertThat(payloads).hasSize(11);
            assertThat(payloads.get(5)).contains("\"newStatus\":\"GRACE\"").contains("system:membership-sweep");
            assertThat(payloads.get(6))
                    .contains("\"membershipStatus\":\"GRACE\"")
                    .contains("\"termEnd\"");
            assertThat(payloads.get(7)).contains("\"newStatus\":\"LAPSED\"");
            assertThat(payloads.get(9)).contains("\"action\":\"RENEW\"");
            assertThat(payloads.get(10))
                    .as("the latest record is a whole snapshot, as the compacted topic keeps it")
                    .contains("\"membershipStatus\":\"ACTIVE\"")
                    .contains("\"name\":");
        }
    }

    private static void status(UUID id, String expected) {
        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/organizations/" + id)
                .then()
                .body("membership.status", is(expected));
    }
}
