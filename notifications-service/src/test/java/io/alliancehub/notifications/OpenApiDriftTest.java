package io.alliancehub.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.alliancehub.testkit.CommittedOpenApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The committed spec is what the service serves (see {@link CommittedOpenApi}). */
@QuarkusTest
class OpenApiDriftTest {

    @Test
    void committedSpecMatchesTheServedOne() throws Exception {
        String served = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        CommittedOpenApi.verify(served);
        assertThat(served).contains("application/problem+json").contains("/api/v1/webhooks/{webhookId}/deliveries");
    }
}
