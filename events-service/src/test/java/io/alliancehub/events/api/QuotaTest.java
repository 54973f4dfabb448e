package io.alliancehub.events.api;

import static io.alliancehub.events.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Seats per category inside the capacity: never oversold, under concurrent registrations too. */
@QuarkusTest
class QuotaTest {

    private static final String[] CATEGORIES = {"PRESS", "VIP", "GUEST", "SPEAKER"};

    @Test
    void quotasHoldUnderTwoHundredConcurrentRegistrations() throws Exception {
        UUID org = activeOrganization("配额测试主办");
        int year = java.time.OffsetDateTime.now().getYear() + 1;
        String json = """
                {"title": {"zh": "配额测试年会"}, "type": "ANNUAL_MEETING", "organizers": ["%s"],
                 "startsAt": "%d-04-13T09:00:00+08:00", "endsAt": "%d-04-13T17:00:00+08:00", "capacity": 40,
                 "quotas": [{"category": "PRESS", "seats": 5}, {"category": "VIP", "seats": 3}], "visibility": "PUBLIC"}""".formatted(org, year, year);
        UUID event = UUID.fromString(createEvent(json)
                .statusCode(201)
                .body("quotas.category", contains("PRESS", "VIP"))
                .extract()
                .path("id"));
        transition(event, "PUBLISH").statusCode(200);
        transition(event, "OPEN_REGISTRATION").statusCode(200);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                String category = CATEGORIES[i % CATEGORIES.length];
                String body = registrationJson("Attendee " + i, "quota" + i + "@example.org", null, category);
                answers.add(CompletableFuture.supplyAsync(
                        () -> register(TestTokens.admin(), event, body)
                                .extract()
                                .statusCode(),
                        pool));
            }
            for (CompletableFuture<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Map<String, Object>> all = RegistrationTest.all(event);
        assertThat(all).hasSize(200);
        Map<String, Long> held = all.stream()
                .filter(r -> r.get("status").equals("CONFIRMED"))
                .collect(Collectors.groupingBy(r -> (String) r.get("category"), Collectors.counting()));
        assertThat(held.get("PRESS")).isEqualTo(5);
        assertThat(held.get("VIP")).isEqualTo(3);
        assertThat(held.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(40);

        // a PRESS seat freed goes to the first PRESS on the waitlist only if PRESS is the earliest with room;
        // with the event full, the freed seat goes to the earliest waitlisted registration whose category has room
        Map<String, Object> pressHolder = all.stream()
                .filter(r ->
                        r.get("status").equals("CONFIRMED") && r.get("category").equals("PRESS"))
                .findFirst()
                .orElseThrow();
        String path = "/api/v1/events/" + event + "/registrations/" + pressHolder.get("id");
        given().auth()
                .oauth2(TestTokens.admin())
                .header("If-Match", etag(path))
                .delete(path)
                .then()
                .statusCode(200);
        List<Map<String, Object>> after = RegistrationTest.all(event);
        Map<String, Long> heldAfter = after.stream()
                .filter(r -> r.get("status").equals("CONFIRMED"))
                .collect(Collectors.groupingBy(r -> (String) r.get("category"), Collectors.counting()));
        assertThat(heldAfter.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(40);
        assertThat(heldAfter.get("PRESS")).isLessThanOrEqualTo(5);
        assertThat(heldAfter.get("VIP")).isEqualTo(3);

        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/events/" + event + "/check-ins")
                .then()
                .statusCode(200)
                .body("confirmed", is(40));
    }

    @Test
    void quotasBeyondTheCapacityAreRefused() {
        UUID org = activeOrganization("配额校验主办");
        int year = java.time.OffsetDateTime.now().getYear() + 1;
        createEvent("""
                {"title": {"zh": "配额超限"}, "type": "FORUM", "organizers": ["%s"],
                 "startsAt": "%d-04-13T09:00:00+08:00", "endsAt": "%d-04-13T17:00:00+08:00", "capacity": 10,
                 "quotas": [{"category": "PRESS", "seats": 8}, {"category": "PRESS", "seats": 1}, {"category": "VIP", "seats": 5}],
                 "visibility": "PUBLIC"}""".formatted(org, year, year))
                .statusCode(400)
                .body("errors.field", hasItems("quotas[1].category", "quotas"));
    }
}
