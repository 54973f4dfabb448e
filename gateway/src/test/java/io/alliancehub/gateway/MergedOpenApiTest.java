package io.alliancehub.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The merged spec is one valid OpenAPI 3 document with every path of every service's committed
 * spec. It is also written to target/openapi-merged.yaml, which ./alliance test lints with Spectral.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
@QuarkusTestResource(TestTokens.class)
class MergedOpenApiTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void oneValidDocumentWithEveryServicePath() throws Exception {
        String yaml = given().get("/openapi")
                .then()
                .statusCode(200)
                .contentType("application/yaml")
                .extract()
                .asString();
        Files.writeString(Path.of("target", "openapi-merged.yaml"), yaml);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        assertThat(parsed.getOpenAPI().getServers()).hasSize(1);
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsOnlyKeys("bearer");

        JsonNode merged = YAML.readTree(yaml);
        List<String> missing = new ArrayList<>();
        for (String service : MergedOpenApi.SERVICES) {
            JsonNode committed = YAML.readTree(Path.of("..", service + "-service", "openapi", "openapi.yaml")
                    .toFile());
            committed.path("paths").fieldNames().forEachRemaining(p -> {
                if (!merged.path("paths").has(p)) {
                    missing.add(service + " " + p);
                }
            });
        }
        assertThat(missing).isEmpty();
        // shared kit schemas appear once
        assertThat(merged.path("components").path("schemas").has("Problem")).isTrue();
        // the gateway's own answers are in the contract of every operation
        JsonNode patch = merged.path("paths")
                .path("/api/v1/organizations/{organizationId}")
                .path("patch")
                .path("responses");
        assertThat(patch.fieldNames()).toIterable().contains("413", "429", "503", "504");
        assertThat(patch.path("429").path("headers").has("Retry-After")).isTrue();
        assertThat(patch.path("200").path("headers").has("X-Request-Id")).isTrue();
        assertThat(patch.path("200").path("headers").has("ETag")).isTrue();
        String json = given().get("/openapi.json")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString();
        assertThat(new ObjectMapper().readTree(json)).isEqualTo(merged);
    }
}
