package io.alliancehub.members.api;

import static io.alliancehub.members.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.alliancehub.testkit.PostgresTestDatabase;
import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The database goes away (as in a restart: open connections drop, new ones are refused) and comes
 * back: requests meanwhile get 503 problem+json with Retry-After, never a 500, and the service
 * recovers without a restart of its own.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void aDatabaseOutageIs503AndTheServiceRecoversByItself() throws Exception {
        UUID id = createOrganization("停库测试", "Outage test");
        List<Integer> statuses = new ArrayList<>();
        PostgresTestDatabase.link().cut();
        try {
            for (int i = 0; i < 3; i++) {
                int read = given().get("/api/v1/organizations/" + id)
                        .then()
                        .extract()
                        .statusCode();
                int write = create(organizationJson("停库" + i, "During outage " + i, creditCode()))
                        .extract()
                        .statusCode();
                statuses.add(read);
                statuses.add(write);
            }
            given().get("/api/v1/organizations/" + id)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", endsWith("/service-unavailable"))
                    .body(not(containsString("Exception")));
        } finally {
            PostgresTestDatabase.link().restore();
        }
        assertThat(statuses).as("during the outage").containsOnly(503);
        int status = 0;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (status != 201 && System.nanoTime() < deadline) {
            status = create(organizationJson("恢复", "After the outage", creditCode()))
                    .extract()
                    .statusCode();
            statuses.add(status);
            if (status != 201) {
                Thread.sleep(200);
            }
        }
        assertThat(status).as("recovers by itself").isEqualTo(201);
        assertThat(statuses).as("never a 500").doesNotContain(500);
        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/organizations/" + id)
                .then()
                .statusCode(200);
    }
}
