package io.alliancehub.events.api;

import static io.alliancehub.events.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input on every endpoint: a 4xx problem+json that names the problem and changes nothing. */
@QuarkusTest
class BadInputTest {

    static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status))
                .body("type", startsWith("https://alliancehub.io/problems/"))
                .body("title", notNullValue())
                .body(not(containsString("at io.")))
                .body(not(containsString("Exception")));
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin());
    }

    @Test
    void eventBodies() throws Exception {
        UUID org = activeOrganization("坏输入主办");
        int y = OffsetDateTime.now().getYear() + 1;
        String good = eventJson(org, y + "-04-13T09:00:00+08:00", y + "-04-13T17:00:00+08:00", 10, "PUBLIC");
        long before = total();
        problem(createEvent("{\"title\": "), 400);
        problem(createEvent("[]"), 400);
        problem(createEvent(good.replace("\"visibility\"", "\"status\": \"COMPLETED\", \"visibility\"")), 400)
                .body("errors[0].field", is("status"));
        problem(createEvent(good.replace("SUMMIT", "PICNIC")), 400).body("errors[0].field", is("type"));
        problem(createEvent(good.replace("+08:00\", \"endsAt", "\", \"endsAt")), 400)
                .body("errors[0].field", is("startsAt"));
        problem(createEvent(good.replace("17:00:00", "08:00:00")), 400).body("errors.field", hasItem("endsAt"));
        problem(createEvent(good.replace("Asia/Shanghai", "Mars/Olympus")), 400)
                .body("errors.field", hasItem("timeZone"));
        problem(createEvent(good.replace("\"capacity\": 10", "\"capacity\": 0")), 400)
                .body("errors.field", hasItem("capacity"));
        problem(createEvent(good.replace(org.toString(), "nope")), 400)
                .body("errors[0].field", containsString("organizers"));
        problem(createEvent(good.replace("[\"" + org + "\"]", "[]")), 400).body("errors.field", hasItem("organizers"));
        problem(createEvent(good.replace("细胞治疗产业高峰论坛", "x".repeat(301))), 400).body("errors.field", hasItem("title"));
        problem(createEvent(good.replace(org.toString(), UUID.randomUUID().toString())), 422)
                .body("type", endsWith("/unknown-organization"));
        problem(
                admin().contentType("text/plain")
                        .body("x")
                        .post("/api/v1/events")
                        .then(),
                415);
        // dates only as ISO-8601 text: Jackson alone would read 20260101 as seconds after 1970
        problem(createEvent(good.replace("\"" + y + "-04-13T09:00:00+08:00\"", "20260101")), 400)
                .body("errors[0].field", is("startsAt"));
        assertThat(withoutContentType("POST", "/api/v1/events", good)).isEqualTo(415);
        problem(
                given().contentType("application/json")
                        .body(good)
                        .post("/api/v1/events")
                        .then(),
                401);
        problem(
                given().auth()
                        .oauth2(TestTokens.member(org))
                        .contentType("application/json")
                        .body(good)
                        .post("/api/v1/events")
                        .then(),
                403);
        problem(
                given().auth()
                        .oauth2(TestTokens.expired())
                        .contentType("application/json")
                        .body(good)
                        .post("/api/v1/events")
                        .then(),
                401);
        problem(
                given().auth()
                        .oauth2(TestTokens.otherAudience())
                        .contentType("application/json")
                        .body(good)
                        .post("/api/v1/events")
                        .then(),
                401);
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void pathsQueriesAndOtherEndpoints() {
        UUID org = activeOrganization("坏输入二");
        UUID event = openEvent(org, 5, "PUBLIC");
        String e = "/api/v1/events/" + event;
        problem(given().get("/api/v1/events/not-a-uuid").then(), 404);
        problem(given().get("/api/v1/events/" + UUID.randomUUID()).then(), 404);
        problem(given().get("/api/v1/events/" + UUID.randomUUID() + "/calendar").then(), 404);
        problem(given().queryParam("type", "PICNIC").get("/api/v1/events").then(), 400)
                .body("errors[0].field", is("type"));
        problem(given().queryParam("from", "yesterday").get("/api/v1/events").then(), 400)
                .body("errors[0].field", is("from"));
        problem(given().queryParam("organizerId", "x").get("/api/v1/events").then(), 400)
                .body("errors[0].field", is("organizerId"));
        problem(given().queryParam("size", 500).get("/api/v1/events").then(), 400)
                .body("errors[0].field", is("size"));
        problem(given().queryParam("sort", "password,asc").get("/api/v1/events").then(), 400);
        problem(
                given().queryParam("includeSubForums", "maybe")
                        .get(e + "/sessions")
                        .then(),
                400);
        problem(
                        admin().contentType("application/json")
                                .body("{\"action\": \"EXPLODE\"}")
                                .post(e + "/transitions")
                                .then(),
                        400)
                .body("errors[0].field", is("action"));
        problem(
                admin().contentType("application/json")
                        .body("{\"action\": \"PUBLISH\"}")
                        .post(e + "/transitions")
                        .then(),
                409);
        problem(
                admin().contentType("application/merge-patch+json")
                        .body("{\"capacity\": 3}")
                        .patch(e)
                        .then(),
                428);
        problem(
                        admin().contentType("application/merge-patch+json")
                                .header("If-Match", etag(e))
                                .body("{\"capacity\": -1}")
                                .patch(e)
                                .then(),
                        400)
                .body("errors[0].field", is("capacity"));
        problem(
                admin().contentType("application/merge-patch+json")
                        .header("If-Match", etag(e))
                        .body("{\"id\": \"x\"}")
                        .patch(e)
                        .then(),
                400);
        problem(
                admin().contentType("application/json")
                        .body("{\"title\": {\"en\": \"S\"}, \"kind\": \"NAP\"}")
                        .post(e + "/sessions")
                        .then(),
                400);
        problem(
                        admin().contentType("application/json")
                                .body(
                                        "{\"title\": {\"en\": \"S\"}, \"kind\": \"BREAK\", "
                                                + "\"startsAt\": \"2001-01-01T10:00:00+08:00\", \"endsAt\": \"2001-01-01T11:00:00+08:00\"}")
                                .post(e + "/sessions")
                                .then(),
                        400)
                .body("errors[0].field", is("startsAt"));
        problem(
                        admin().contentType("application/json")
                                .body("{\"booth\": \"A1\"}")
                                .post(e + "/exhibitors")
                                .then(),
                        400)
                .body("errors[0].field", is("organizationId"));
        problem(
                admin().contentType("application/json")
                        .body("{\"organizationId\": \"" + UUID.randomUUID() + "\"}")
                        .post(e + "/exhibitors")
                        .then(),
                422);
        problem(register(TestTokens.admin(), event, registrationJson("张", "not-an-email", null, "GUEST")), 400)
                .body("errors[0].field", is("attendee.email"));
        problem(register(TestTokens.admin(), event, registrationJson("张", "z@example.org", null, "ROYALTY")), 400);
        problem(register(TestTokens.admin(), event, registrationJson("", "z@example.org", null, "GUEST")), 400)
                .body("errors[0].field", is("attendee.name"));
        problem(
                        register(
                                TestTokens.admin(),
                                event,
                                "{\"attendee\": {\"name\": \"z\", \"email\": \"z@example.org\"}, \"category\": \"GUEST\", "
                                        + "\"status\": \"CONFIRMED\"}"),
                        400)
                .body("errors[0].field", is("status"));
        problem(
                register(TestTokens.admin(), event, registrationJson("张", "z@example.org", UUID.randomUUID(), "GUEST")),
                422);
        problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .queryParam("status", "HAPPY")
                        .get(e + "/registrations")
                        .then(),
                400);
        problem(given().get(e + "/registrations").then(), 401);
        problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .post(e + "/registrations/" + UUID.randomUUID() + "/check-in")
                        .then(),
                404);
        problem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .header("If-Match", "\"0\"")
                        .delete(e + "/sessions/" + UUID.randomUUID())
                        .then(),
                404);
        assertThat(RegistrationTest.all(event)).isEmpty();
    }

    /** A patch that changes nothing writes nothing (same version); one without a Content-Type is 415. */
    @Test
    void anEmptyPatchWritesNothing() throws Exception {
        UUID org = activeOrganization("空补丁主办");
        UUID event = event(org, 10, "PUBLIC");
        String session = admin().contentType("application/json")
                .body("""
                {"title": {"en": "Keynote"}, "kind": "KEYNOTE", "startsAt": "%s", "endsAt": "%s"}""".formatted(
                        admin().get("/api/v1/events/" + event).then().extract().path("startsAt"),
                        admin().get("/api/v1/events/" + event).then().extract().path("endsAt")))
                .post("/api/v1/events/" + event + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/v1/events/" + event + "/sessions/" + session;
        String etag = etag(path);
        admin().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{}")
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", is(etag));
        assertThat(withoutContentType("PATCH", path, "{\"room\": \"B\"}")).isEqualTo(415);
        assertThat(etag(path)).isEqualTo(etag);
    }

    /** RestAssured always names a Content-Type; the JDK client sends none unless told. */
    static int withoutContentType(String method, String path, String body) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + path))
                .header("Authorization", "Bearer " + TestTokens.admin())
                .header("If-Match", "\"1\"")
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build();
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
            return client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    static long total() {
        return ((Number) admin().queryParam("size", 1)
                        .get("/api/v1/events")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("totalItems"))
                .longValue();
    }
}
