package io.alliancehub.events;

import static io.restassured.RestAssured.given;

import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.testkit.MembersFixtures;
import io.alliancehub.testkit.TestTokens;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Builders for events-service tests. Organisations reach the replica the real way: as
 * members-service events on the test broker, consumed through the inbox.
 */
public final class TestData {

    private TestData() {}

    public static UUID organization(String name, MembershipStatus status) {
        return MembersFixtures.organization(name, status);
    }

    public static UUID activeOrganization(String name) {
        return MembersFixtures.organization(name, MembershipStatus.ACTIVE);
    }

    public static void awaitReplica(UUID id, MembershipStatus status) {
        MembersFixtures.awaitReplica(id, status);
    }

    public static String eventJson(UUID organizer, String start, String end, Integer capacity, String visibility) {
        return """
                {"title": {"zh": "细胞治疗产业高峰论坛", "en": "Cell Therapy Industry Summit Forum"}, "type": "SUMMIT",
                 "organizers": ["%s"], "venue": {"name": "Junlai Shizun Hotel", "city": "Wuxi"},
                 "startsAt": "%s", "endsAt": "%s", "timeZone": "Asia/Shanghai", %s "visibility": "%s"}""".formatted(
                        organizer, start, end, capacity == null ? "" : "\"capacity\": " + capacity + ",", visibility);
    }

    public static ValidatableResponse createEvent(String json) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(json)
                .post("/api/v1/events")
                .then();
    }

    /** A future event (a year ahead, so the date-driven sweep leaves it alone) in the given state of registration. */
    public static UUID event(UUID organizer, Integer capacity, String visibility, String... actions) {
        int year = OffsetDateTime.now().getYear() + 1;
        UUID id = UUID.fromString(createEvent(eventJson(
                        organizer,
                        year + "-04-13T09:00:00+08:00",
                        year + "-04-13T17:00:00+08:00",
                        capacity,
                        visibility))
                .statusCode(201)
                .extract()
                .path("id"));
        for (String action : actions) {
            transition(id, action).statusCode(200);
        }
        return id;
    }

    public static UUID openEvent(UUID organizer, Integer capacity, String visibility) {
        return event(organizer, capacity, visibility, "PUBLISH", "OPEN_REGISTRATION");
    }

    public static ValidatableResponse transition(UUID id, String action) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(Map.of("action", action, "reason", "test"))
                .post("/api/v1/events/" + id + "/transitions")
                .then();
    }

    public static String registrationJson(String name, String email, UUID organizationId, String category) {
        return """
                {"attendee": {"name": "%s", "email": "%s"%s}, "category": "%s"}""".formatted(
                        name,
                        email,
                        organizationId == null ? "" : ", \"organizationId\": \"" + organizationId + "\"",
                        category);
    }

    public static ValidatableResponse register(String token, UUID eventId, String json) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.contentType("application/json")
                .body(json)
                .post("/api/v1/events/" + eventId + "/registrations")
                .then();
    }

    public static String etag(String path) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
