package io.alliancehub.notifications.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Managing subscriptions: who may, what is checked, what is answered. */
@QuarkusTest
class WebhookApiTest {

    static final String TYPES = "io.alliancehub.events.registration.*";

    static Map<String, Object> subscription(String url) {
        return Map.of("url", url, "eventTypes", java.util.List.of(TYPES), "description", "HIS sync");
    }

    static String create(String token, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/webhooks/"))
                .body("secret", startsWith("whsec_"))
                .body("subscription.status", equalTo("ACTIVE"))
                .body("subscription.allowedActions", contains("PAUSE"))
                .extract()
                .path("subscription.id");
    }

    @Test
    void aPartnerSubscribesForItselfAndOnlyItSeesTheSubscription() {
        String id = create(TestTokens.partner(), subscription("http://127.0.0.1:9/hooks"));
        given().auth()
                .oauth2(TestTokens.partner())
                .get("/api/v1/webhooks/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("owner", equalTo("partner-system-test"))
                .body("eventTypes", contains(TYPES))
                .body("$", not(hasKey("secret")));
        given().auth()
                .oauth2(TestTokens.withRole("another-partner", "partner"))
                .get("/api/v1/webhooks/{id}", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.withRole("another-partner", "partner"))
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("owner", "partner-system-test")
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void membersAndAnonymousCallersHaveNoWebhooks() {
        given().auth()
                .oauth2(TestTokens.member(java.util.UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(subscription("http://127.0.0.1:9/"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(403);
        given().get("/api/v1/webhooks").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.otherAudience())
                .get("/api/v1/webhooks")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anAdminSubscribesForANamedPartnerOnly() {
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType(ContentType.JSON)
                .body(subscription("http://127.0.0.1:9/"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("errors.field", contains("owner"));
        Map<String, Object> forPartner = new java.util.HashMap<>(subscription("http://127.0.0.1:9/"));
        forPartner.put("owner", "hospital-his");
        String id = create(TestTokens.admin(), forPartner);
        given().auth()
                .oauth2(TestTokens.withRole("hospital-his", "partner"))
                .get("/api/v1/webhooks/{id}", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.partner())
                .contentType(ContentType.JSON)
                .body(forPartner)
                .post("/api/v1/webhooks")
                .then()
                .statusCode(403);
    }

    @Test
    void privateLinkLocalAndMalformedTargetsAreRefusedAndNothingIsStored() {
        for (String url : new String[] {
            "http://10.1.2.3/hook",
            "http://192.168.0.10/hook",
            "http://169.254.169.254/latest/meta-data",
            "http://[fd00::1]/hook",
            "ftp://example.org/hook",
            "http://user:pw@127.0.0.1/hook",
            "not a url"
        }) {
            given().auth()
                    .oauth2(TestTokens.withRole("refused-partner", "partner"))
                    .contentType(ContentType.JSON)
                    .body(subscription(url))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("url"));
        }
        given().auth()
                .oauth2(TestTokens.withRole("refused-partner", "partner"))
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void unknownEventTypesAndUnknownFieldsAreRefused() {
        given().auth()
                .oauth2(TestTokens.partner())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:9/",
                        "eventTypes",
                        java.util.List.of(
                                "io.alliancehub.events.registration.confirmed.v1", "io.alliancehub.nothing.*")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("errors.field", contains("eventTypes[1]"));
        // the service's own event (a subscription disabled) is for operators, not for webhooks
        given().auth()
                .oauth2(TestTokens.partner())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:9/",
                        "eventTypes",
                        java.util.List.of("io.alliancehub.notifications.*")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("errors.field", contains("eventTypes[0]"));
        given().auth()
                .oauth2(TestTokens.partner())
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/", "eventTypes", java.util.List.of(TYPES), "secret", "mine"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400);
    }

    @Test
    void pauseResumeRotateAndDelete() {
        String id = create(TestTokens.partner(), subscription("http://127.0.0.1:9/hooks"));
        given().auth()
                .oauth2(TestTokens.partner())
                .contentType(ContentType.JSON)
                .body(Map.of("action", "PAUSE"))
                .post("/api/v1/webhooks/{id}/transitions", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PAUSED"))
                .body("allowedActions", contains("RESUME"));
        given().auth()
                .oauth2(TestTokens.partner())
                .contentType(ContentType.JSON)
                .body(Map.of("action", "PAUSE"))
                .post("/api/v1/webhooks/{id}/transitions", id)
                .then()
                .statusCode(409);
        String rotated = given().auth()
                .oauth2(TestTokens.partner())
                .contentType(ContentType.JSON)
                .body(Map.of("overlapHours", 2))
                .post("/api/v1/webhooks/{id}/secret-rotations", id)
                .then()
                .statusCode(200)
                .body("secret", startsWith("whsec_"))
                .body("subscription.previousSecretValidUntil", notNullValue())
                .extract()
                .path("secret");
        given().auth()
                .oauth2(TestTokens.partner())
                .contentType(ContentType.JSON)
                .body(Map.of("overlapHours", 1000))
                .post("/api/v1/webhooks/{id}/secret-rotations", id)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(TestTokens.partner())
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/webhooks/{id}/secret-rotations", id)
                .then()
                .statusCode(400)
                .body("errors.field", contains("overlapHours"));
        given().auth()
                .oauth2(TestTokens.partner())
                .delete("/api/v1/webhooks/{id}", id)
                .then()
                .statusCode(428);
        String etag = given().auth()
                .oauth2(TestTokens.partner())
                .get("/api/v1/webhooks/{id}", id)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(TestTokens.partner())
                .header("If-Match", etag)
                .delete("/api/v1/webhooks/{id}", id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(TestTokens.partner())
                .get("/api/v1/webhooks/{id}", id)
                .then()
                .statusCode(404);
        org.assertj.core.api.Assertions.assertThat(rotated).startsWith("whsec_");
    }
}
