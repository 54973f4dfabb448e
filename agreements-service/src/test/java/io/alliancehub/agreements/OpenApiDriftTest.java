package io.alliancehub.agreements;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed spec (agreements-service/openapi/openapi.yaml) is what partners and the front-end
 * team build against: it must be exactly what the service serves. After an intended API change,
 * regenerate it with {@code ./alliance openapi} and commit it.
 */
@QuarkusTest
class OpenApiDriftTest {

    static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

    @Test
    void committedSpecMatchesTheServedOne() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("update-openapi")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served);
        }
        assertThat(Files.exists(COMMITTED)).as("committed spec at " + COMMITTED.toAbsolutePath()).isTrue();
        assertThat(served).as("served spec differs from " + COMMITTED + "; run ./alliance openapi and commit it")
                .isEqualTo(Files.readString(COMMITTED));
        assertThat(served).contains("application/problem+json").contains("/api/v1/agreements/{id}/amendments");
    }
}
