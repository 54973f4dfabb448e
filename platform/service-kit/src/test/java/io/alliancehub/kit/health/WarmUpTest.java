package io.alliancehub.kit.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.alliancehub.kit.testapp.WarmedResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WarmUpTest {

    @Test
    void theInstanceReadsItsWarmUpPathsOverHttpBeforeItIsReady() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'warm-up' }.status", is("UP"))
                .body("checks.find { it.name == 'warm-up' }.data.reads", containsString("/kit-test/warmed 200"))
                .body("checks.find { it.name == 'warm-up' }.data.reads", containsString("/kit-test/absent 404"));
        // the read went through the application's own HTTP stack: the resource ran
        assertThat(WarmedResource.CALLS.get()).isPositive();
    }
}
