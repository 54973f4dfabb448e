package io.alliancehub.members;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SmokeTest {

    @Test
    void ready() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }
}
