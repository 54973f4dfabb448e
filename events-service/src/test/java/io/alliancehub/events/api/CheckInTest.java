package io.alliancehub.events.api;

import static io.alliancehub.events.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import io.alliancehub.events.service.QrDecoding;
import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Tickets at the door: a QR code per seat, one scan each, clear answers for every other case. */
@QuarkusTest
class CheckInTest {

    private static final String GATE = TestTokens.withRole("gate-north-1", "checkin");

    private static ValidatableResponse scan(String token, UUID event, String ticket, String gate) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(gate == null ? Map.of("ticket", ticket) : Map.of("ticket", ticket, "gate", gate))
                .post("/api/v1/events/" + event + "/check-ins")
                .then();
    }

    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return QrDecoding.decode(source);
    }

    @Test
    void aTicketScansOnceAndEveryOtherCaseHasItsAnswer() throws Exception {
        UUID org = activeOrganization("年会参会单位");
        UUID stranger = activeOrganization("其他会员单位");
        UUID event = openEvent(org, 1, "PUBLIC");
        UUID other = openEvent(org, 10, "PUBLIC");
        String path = "/api/v1/events/" + event + "/registrations/";
        String confirmed = register(
                        TestTokens.member(org), event, registrationJson("张三", "zhang3@example.org", org, "MEMBER"))
                .statusCode(201)
                .body("status", is("CONFIRMED"))
                .body("ticket", matchesPattern("[A-Za-z0-9_-]{32}"))
                .extract()
                .path("id");
        String waitlisted = register(
                        TestTokens.member(org), event, registrationJson("李四", "li4@example.org", org, "MEMBER"))
                .statusCode(201)
                .body("status", is("WAITLISTED"))
                .body("$", not(hasKey("ticket")))
                .extract()
                .path("id");
        String foreign = register(TestTokens.admin(), other, registrationJson("王五", "wang5@example.org", org, "GUEST"))
                .statusCode(201)
                .extract()
                .path("ticket");
        String ticket = given().auth()
                .oauth2(TestTokens.member(org))
                .get(path + confirmed)
                .then()
                .extract()
                .path("ticket");

        // the QR code holds the ticket; others see neither
        byte[] png = given().auth()
                .oauth2(TestTokens.member(org))
                .accept("image/png")
                .get(path + confirmed + "/ticket")
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray();
        assertThat(decode(png)).isEqualTo(ticket);
        given().auth()
                .oauth2(TestTokens.admin())
                .accept("image/svg+xml")
                .get(path + confirmed + "/ticket")
                .then()
                .statusCode(200)
                .contentType("image/svg+xml")
                .body(startsWith("<svg"));
        given().auth()
                .oauth2(TestTokens.member(stranger))
                .get(path + confirmed + "/ticket")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.partner())
                .get(path + confirmed)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("ticket")));
        given().auth()
                .oauth2(TestTokens.admin())
                .accept("image/png")
                .get(path + waitlisted + "/ticket")
                .then()
                .statusCode(409)
                .body("type", endsWith("/no-ticket"));

        scan(GATE, event, ticket, "North entrance")
                .statusCode(200)
                .body("outcome", is("CHECKED_IN"))
                .body("attendeeName", is("张三"))
                .body("gate", is("North entrance"));
        String at = given().auth()
                .oauth2(TestTokens.admin())
                .get(path + confirmed)
                .then()
                .body("status", is("CHECKED_IN"))
                .body("checkInGate", is("North entrance"))
                .extract()
                .path("checkedInAt");
        scan(GATE, event, ticket, "South entrance")
                .statusCode(200)
                .body("outcome", is("ALREADY_CHECKED_IN"))
                .body("gate", is("North entrance"))
                .body("checkedInAt", is(at));
        scan(GATE, event, foreign, "North entrance").statusCode(422).body("type", endsWith("/ticket-of-another-event"));
        scan(GATE, event, "x".repeat(32), null).statusCode(404).contentType("application/problem+json");
        String waitlistedTicket = given().auth()
                .oauth2(TestTokens.admin())
                .get(path + waitlisted)
                .then()
                .extract()
                .path("ticket");
        assertThat(waitlistedTicket).as("no ticket without a seat").isNull();

        // the secretariat undoes a wrong scan; the ticket works again
        given().auth()
                .oauth2(GATE)
                .header("If-Match", etag(path + confirmed))
                .delete("/api/v1/events/" + event + "/check-ins/" + confirmed)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.admin())
                .header("If-Match", etag(path + confirmed))
                .delete("/api/v1/events/" + event + "/check-ins/" + confirmed)
                .then()
                .statusCode(204);
        given().auth().oauth2(TestTokens.admin()).get(path + confirmed).then().body("status", is("CONFIRMED"));
        given().auth()
                .oauth2(GATE)
                .get("/api/v1/events/" + event + "/check-ins")
                .then()
                .statusCode(200)
                .body("confirmed", is(1))
                .body("checkedIn", is(0));
        scan(GATE, event, ticket, "East entrance").statusCode(200).body("outcome", is("CHECKED_IN"));
        given().auth()
                .oauth2(GATE)
                .get("/api/v1/events/" + event + "/check-ins")
                .then()
                .statusCode(200)
                .body("checkedIn", is(1))
                .body("byCategory[0].category", is("MEMBER"));

        // a cancelled registration's ticket is refused
        String cancelled = register(
                        TestTokens.admin(), other, registrationJson("赵六", "zhao6@example.org", org, "GUEST"))
                .statusCode(201)
                .extract()
                .path("id");
        String cancelledTicket = given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/events/" + other + "/registrations/" + cancelled)
                .then()
                .extract()
                .path("ticket");
        given().auth()
                .oauth2(TestTokens.admin())
                .header("If-Match", etag("/api/v1/events/" + other + "/registrations/" + cancelled))
                .delete("/api/v1/events/" + other + "/registrations/" + cancelled)
                .then()
                .statusCode(200);
        scan(GATE, other, cancelledTicket, null).statusCode(409).body("type", endsWith("/registration-cancelled"));
    }

    @Test
    void theGateDeviceReachesCheckInAndNothingElse() {
        UUID org = activeOrganization("闸机测试主办");
        UUID event = openEvent(org, 10, "PUBLIC");
        for (String path : new String[] {
            "/api/v1/events",
            "/api/v1/events/" + event,
            "/api/v1/events/" + event + "/registrations",
            "/api/v1/events/" + event + "/sessions"
        }) {
            given().auth().oauth2(GATE).get(path).then().statusCode(403).contentType("application/problem+json");
        }
        given().auth()
                .oauth2(GATE)
                .contentType("application/json")
                .body(registrationJson("闯入者", "x@example.org", org, "GUEST"))
                .post("/api/v1/events/" + event + "/registrations")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(GATE)
                .get("/api/v1/events/" + event + "/check-ins")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.member(org))
                .get("/api/v1/events/" + event + "/check-ins")
                .then()
                .statusCode(403);
        given().get("/api/v1/events/" + event + "/check-ins").then().statusCode(401);
    }
}
