package io.alliancehub.members.api;

import static io.alliancehub.members.TestData.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** notifications-service reads an organisation's representatives' addresses here, with its notifier token only. */
@QuarkusTest
class ContactRecipientsTest {

    static final String NOTIFIER = TestTokens.withRole("notifications-service", "notifier");

    static String contact(UUID org, String en, String role, String email, String language) {
        String body = """
                {"name": {"zh": "联系人", "en": "%s"}, "role": "%s"%s%s}""".formatted(
                        en,
                        role,
                        email == null ? "" : ", \"email\": \"" + email + "\"",
                        language == null ? "" : ", \"language\": \"" + language + "\"");
        return given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(body)
                .post("/api/v1/organizations/{id}/contacts", org)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void theNotifierReadsTheRepresentativesWithAnAddressInTheirLanguage() {
        UUID org = createOrganization("收件测试机构", "Recipient check organisation");
        String primary = contact(org, "Li Yishu", "PRIMARY_REPRESENTATIVE", "li.rep@example.org", "en");
        String deputy = contact(org, "Wang Fu", "DEPUTY_REPRESENTATIVE", "wang.rep@example.org", null);
        contact(org, "Zhao Lian", "LIAISON", "zhao.liaison@example.org", "zh");
        contact(org, "No Address", "DEPUTY_REPRESENTATIVE", null, "en");

        given().auth()
                .oauth2(NOTIFIER)
                .get("/api/v1/organizations/{id}/contacts/recipients", org)
                .then()
                .statusCode(200)
                .body("contactId", contains(primary, deputy))
                .body("email", contains("li.rep@example.org", "wang.rep@example.org"))
                .body("language", contains("en", "zh"))
                .body("name.en", contains("Li Yishu", "Wang Fu"));
        given().auth()
                .oauth2(NOTIFIER)
                .queryParam("role", "PRIMARY_REPRESENTATIVE")
                .get("/api/v1/organizations/{id}/contacts/recipients", org)
                .then()
                .statusCode(200)
                .body("contactId", contains(primary));
        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/organizations/{id}/contacts/{c}", org, primary)
                .then()
                .statusCode(200)
                .body("language", equalTo("en"));
    }

    @Test
    void onlyTheNotifierReadsThem() {
        UUID org = createOrganization("收件权限机构", "Recipient rights organisation");
        for (String token : new String[] {TestTokens.admin(), TestTokens.member(org), TestTokens.partner()}) {
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/organizations/{id}/contacts/recipients", org)
                    .then()
                    .statusCode(403);
        }
        given().get("/api/v1/organizations/{id}/contacts/recipients", org)
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(NOTIFIER)
                .queryParam("role", "CHAIRMAN")
                .get("/api/v1/organizations/{id}/contacts/recipients", org)
                .then()
                .statusCode(400);
    }
}
