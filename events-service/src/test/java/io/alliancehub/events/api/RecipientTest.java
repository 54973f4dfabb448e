package io.alliancehub.events.api;

import static io.alliancehub.events.TestData.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** notifications-service reads attendees' addresses here, with its notifier token, and reads nothing else. */
@QuarkusTest
class RecipientTest {

    static final String NOTIFIER = TestTokens.withRole("notifications-service", "notifier");

    @Test
    void theNotifierReadsAnAttendeesAddressAndLanguage() {
        UUID event = openEvent(activeOrganization("通知测试主办方"), 10, "PUBLIC");
        String english = register(TestTokens.admin(), event, """
                        {"attendee": {"name": "Li Yishu", "email": "Li.Yishu@example.org", "language": "en"}, "category": "GUEST"}""")
                .statusCode(201)
                .body("attendee.language", equalTo("en"))
                .extract()
                .path("id");
        String chinese = register(TestTokens.admin(), event, registrationJson("王五", "wang5@example.org", null, "GUEST"))
                .statusCode(201)
                .body("attendee.language", equalTo("zh"))
                .extract()
                .path("id");

        given().auth()
                .oauth2(NOTIFIER)
                .get("/api/v1/events/{e}/registrations/{r}/recipient", event, english)
                .then()
                .statusCode(200)
                .body("registrationId", equalTo(english))
                .body("name", equalTo("Li Yishu"))
                .body("email", equalTo("li.yishu@example.org"))
                .body("language", equalTo("en"));
        given().auth()
                .oauth2(NOTIFIER)
                .get("/api/v1/events/{e}/registrations/recipients", event)
                .then()
                .statusCode(200)
                .body("items.registrationId", contains(english, chinese))
                .body("items.language", contains("en", "zh"));
        given().auth()
                .oauth2(NOTIFIER)
                .get("/api/v1/events/{e}/registrations/{r}/recipient", UUID.randomUUID(), english)
                .then()
                .statusCode(404);
        // the ticket, which the confirmation mail carries
        byte[] png = given().auth()
                .oauth2(NOTIFIER)
                .accept("image/png")
                .get("/api/v1/events/{e}/registrations/{r}/ticket", event, english)
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray();
        org.assertj.core.api.Assertions.assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void onlyTheNotifierReadsThemAndTheNotifierReadsNothingElse() {
        UUID event = openEvent(activeOrganization("通知权限主办方"), 10, "PUBLIC");
        String id = register(TestTokens.admin(), event, registrationJson("赵六", "zhao6@example.org", null, "GUEST"))
                .statusCode(201)
                .extract()
                .path("id");
        for (String token : new String[] {TestTokens.admin(), TestTokens.partner()}) {
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/events/{e}/registrations/{r}/recipient", event, id)
                    .then()
                    .statusCode(403);
        }
        given().get("/api/v1/events/{e}/registrations/recipients", event).then().statusCode(401);
        given().auth()
                .oauth2(NOTIFIER)
                .get("/api/v1/events/{e}/registrations/{r}", event, id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(NOTIFIER)
                .contentType("application/json")
                .body(registrationJson("冒名", "x@example.org", null, "GUEST"))
                .post("/api/v1/events/{e}/registrations", event)
                .then()
                .statusCode(403);
    }
}
