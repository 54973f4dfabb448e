package io.alliancehub.members.api;

import static io.alliancehub.members.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The service kit's request intake as this service runs it: tokens that verified are remembered
 * ({@code VerifiedTokens}), and JSON bodies are read ahead on the event loop
 * ({@code JsonBodyPrefetch}) while chunked ones still stream.
 */
@QuarkusTest
class RequestIntakeTest {

    @Inject
    JWTParser parser;

    @Test
    void theServicesTokenParserRemembersATokenThatVerified() throws Exception {
        String token = TestTokens.admin();

        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
    }

    @Test
    void aRememberedTokenUnderAnotherSignatureIsRefused() {
        String token = TestTokens.admin();
        given().auth().oauth2(token).get("/api/v1/organizations").then().statusCode(200);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String tampered = token.substring(0, token.lastIndexOf('.') + 1)
                + (signature.charAt(0) == 'A' ? 'B' : 'A')
                + signature.substring(1);

        BadInputTest.problem(
                given().auth().oauth2(tampered).get("/api/v1/organizations").then(), 401);
        BadInputTest.problem(
                given().auth()
                        .oauth2(tampered)
                        .contentType("application/json")
                        .body(organizationJson("篡改", "Tampered", creditCode()))
                        .post("/api/v1/organizations")
                        .then(),
                401);
    }

    @Test
    void aChunkedJsonBodyIsStillReadAndCreates() {
        byte[] body = organizationJson("分块生物", "Chunked Bio", creditCode()).getBytes(StandardCharsets.UTF_8);

        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                // an InputStream body has no known length: REST Assured sends it chunked
                .body(new ByteArrayInputStream(body))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .body("name.en", is("Chunked Bio"));
    }
}
