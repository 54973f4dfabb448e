package io.alliancehub.events.api;

import static io.alliancehub.events.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.events.Topics;
import io.alliancehub.testkit.CloudEventsProbe;
import io.alliancehub.testkit.EventSchemas;
import io.alliancehub.testkit.TestTokens;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Registrations on the real database and broker: seats, the waitlist, eligibility and who may see what. */
@QuarkusTest
class RegistrationTest {

    @Test
    void twoHundredConcurrentRegistrationsForOneHundredTwentySeatsNeverOversell() throws Exception {
        UUID org = activeOrganization("并发主办");
        UUID event = openEvent(org, 120, "PUBLIC");
        String admin = TestTokens.admin();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String body = registrationJson("Attendee " + i, "a" + i + "@example.org", null, "GUEST");
            calls.add(() -> {
                start.await();
                return register(admin, event, body).extract().statusCode();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Integer>> results = calls.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Integer> f : results) {
                assertThat(f.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Map<String, Object>> all = all(event);
        Map<Object, Long> byStatus =
                all.stream().collect(Collectors.groupingBy(r -> r.get("status"), Collectors.counting()));
        assertThat(byStatus).containsOnly(Map.entry("CONFIRMED", 120L), Map.entry("WAITLISTED", 80L));
        given().get("/api/v1/events/" + event)
                .then()
                .statusCode(200)
                .body("seats.taken", is(120))
                .body("seats.available", is(0))
                .body("seats.waitlisted", is(80));

        // cancelling a confirmed seat promotes the earliest waitlisted registration, and both events go out
        Map<String, Object> confirmed = all.stream()
                .filter(r -> r.get("status").equals("CONFIRMED"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> earliestWaitlisted = all.stream()
                .filter(r -> r.get("status").equals("WAITLISTED"))
                .min(Comparator.comparing((Map<String, Object> r) -> (Integer) r.get("waitlistPosition")))
                .orElseThrow();
        assertThat(earliestWaitlisted.get("waitlistPosition")).isEqualTo(1);
        String path = "/api/v1/events/" + event + "/registrations/";
        given().auth()
                .oauth2(admin)
                .header("If-Match", etag(path + confirmed.get("id")))
                .queryParam("reason", "cannot travel")
                .delete(path + confirmed.get("id"))
                .then()
                .statusCode(200)
                .body("status", is("CANCELLED"));
        given().auth()
                .oauth2(admin)
                .get(path + earliestWaitlisted.get("id"))
                .then()
                .statusCode(200)
                .body("status", is("CONFIRMED"))
                .body("waitlistPosition", nullValue());
        given().get("/api/v1/events/" + event)
                .then()
                .body("seats.taken", is(120))
                .body("seats.waitlisted", is(79));

        try (CloudEventsProbe probe = new CloudEventsProbe(Topics.EVENTS)) {
            List<ConsumerRecord<String, CloudEvent>> records =
                    probe.await(r -> event.toString().equals(r.key()), 1 + 1 + 200 + 2, Duration.ofSeconds(60));
            Map<String, Long> types = records.stream()
                    .collect(Collectors.groupingBy(r -> r.value().getType(), Collectors.counting()));
            assertThat(types)
                    .containsEntry(EventTypes.REGISTRATION_CONFIRMED, 121L)
                    .containsEntry(EventTypes.REGISTRATION_WAITLISTED, 80L)
                    .containsEntry(EventTypes.REGISTRATION_CANCELLED, 1L);
            ConsumerRecord<String, CloudEvent> promoted = records.stream()
                    .filter(r -> r.value().getSubject().equals(earliestWaitlisted.get("id")))
                    .filter(r -> r.value().getType().equals(EventTypes.REGISTRATION_CONFIRMED))
                    .findFirst()
                    .orElseThrow();
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper()
                            .readTree(promoted.value().getData().toBytes())
                            .get("promotedFromWaitlist")
                            .asBoolean())
                    .isTrue();
            for (ConsumerRecord<String, CloudEvent> r : records) {
                assertThat(EventSchemas.violations(
                                r.value().getType(), r.value().getData().toBytes()))
                        .as(r.value().getType())
                        .isEmpty();
                assertThat(new String(r.value().getData().toBytes()))
                        .as("no personal data in events")
                        .doesNotContain("@example.org")
                        .doesNotContain("Attendee");
            }
        }
    }

    @Test
    void oneRegistrationPerEmailPerEvent() {
        UUID event = openEvent(activeOrganization("重复邮箱"), 10, "PUBLIC");
        register(TestTokens.admin(), event, registrationJson("王五", "wang@example.org", null, "GUEST"))
                .statusCode(201);
        register(TestTokens.admin(), event, registrationJson("Wang Wu", "WANG@example.org", null, "VIP"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/duplicate-registration"));
        assertThat(all(event)).hasSize(1);
    }

    @Test
    void anotherOrganisationCanNeitherLearnOfNorBlockARegistration() {
        UUID a = activeOrganization("甲会员单位");
        UUID b = activeOrganization("乙会员单位");
        UUID event = openEvent(a, 10, "PUBLIC");
        register(TestTokens.member(a), event, registrationJson("赵六", "zhao@example.org", a, "MEMBER"))
                .statusCode(201);
        // B registers the same address under its own organisation: no 409 that would reveal A's registration
        register(TestTokens.member(b), event, registrationJson("Zhao Liu", "zhao@example.org", b, "MEMBER"))
                .statusCode(201);
        register(TestTokens.member(b), event, registrationJson("Zhao Liu", "ZHAO@example.org", b, "GUEST"))
                .statusCode(409)
                .body("type", endsWith("/duplicate-registration"));
        // B sees only its own; a partner matches names, never e-mail addresses
        given().auth()
                .oauth2(TestTokens.member(b))
                .queryParam("q", "zhao@")
                .get("/api/v1/events/" + event + "/registrations")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].attendee.organizationId", is(b.toString()));
        given().auth()
                .oauth2(TestTokens.partner())
                .queryParam("q", "zhao@")
                .get("/api/v1/events/" + event + "/registrations")
                .then()
                .statusCode(200)
                .body("items", empty());
        given().auth()
                .oauth2(TestTokens.partner())
                .queryParam("q", "赵")
                .get("/api/v1/events/" + event + "/registrations")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        assertThat(all(event)).hasSize(2);
    }

    @Test
    void membersOnlyEventsRefuseOrganisationsNotInGoodStanding() {
        UUID organizer = activeOrganization("会员活动主办");
        UUID suspended = organization("暂停会员", MembershipStatus.SUSPENDED);
        UUID grace = organization("宽限会员", MembershipStatus.GRACE);
        UUID event = openEvent(organizer, 50, "MEMBERS");
        register(TestTokens.member(suspended), event, registrationJson("赵六", "zhao@example.org", null, "MEMBER"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/membership-not-in-good-standing"))
                .body("detail", containsString("SUSPENDED"))
                .body("errors[0].field", is("attendee.organizationId"));
        register(TestTokens.admin(), event, registrationJson("赵六", "zhao@example.org", null, "GUEST"))
                .statusCode(400)
                .body("errors[0].field", is("attendee.organizationId"));
        register(TestTokens.member(grace), event, registrationJson("钱七", "qian@example.org", null, "MEMBER"))
                .statusCode(201)
                .body("status", is("CONFIRMED"))
                .body("attendee.organizationId", is(grace.toString()));
        assertThat(all(event)).hasSize(1);
    }

    @Test
    void aMemberSeesAndCancelsOnlyItsOwnPeople() {
        UUID a = activeOrganization("会员甲");
        UUID b = activeOrganization("会员乙");
        UUID event = openEvent(a, null, "PUBLIC");
        String mine = register(TestTokens.member(a), event, registrationJson("甲一", "one@a.example", null, "MEMBER"))
                .statusCode(201)
                .body("attendee.email", is("one@a.example"))
                .extract()
                .path("id");
        String theirs = register(TestTokens.member(b), event, registrationJson("乙一", "one@b.example", null, "GUEST"))
                .statusCode(201)
                .extract()
                .path("id");
        register(TestTokens.member(a), event, registrationJson("冒名", "x@b.example", b, "GUEST"))
                .statusCode(403);
        register(TestTokens.member(a), event, registrationJson("贵宾", "vip@a.example", null, "VIP"))
                .statusCode(403);
        register(null, event, registrationJson("匿名", "anon@example.org", null, "GUEST"))
                .statusCode(401);

        String path = "/api/v1/events/" + event + "/registrations";
        given().auth()
                .oauth2(TestTokens.member(a))
                .get(path)
                .then()
                .statusCode(200)
                .body("items.id", contains(mine))
                .body("totalItems", is(1));
        given().auth()
                .oauth2(TestTokens.member(a))
                .get(path + "/" + theirs)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.member(a))
                .header("If-Match", "\"0\"")
                .delete(path + "/" + theirs)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.partner())
                .get(path + "/" + mine)
                .then()
                .statusCode(200)
                .body("attendee.name", is("甲一"))
                .body("attendee.email", nullValue());
        given().auth()
                .oauth2(TestTokens.member(a))
                .delete(path + "/" + mine)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(TestTokens.member(a))
                .header("If-Match", "\"0\"")
                .delete(path + "/" + mine)
                .then()
                .statusCode(200)
                .body("status", is("CANCELLED"));
        given().auth()
                .oauth2(TestTokens.member(a))
                .header("If-Match", "\"1\"")
                .delete(path + "/" + mine)
                .then()
                .statusCode(409);
        // after a cancellation the same person may register again
        register(TestTokens.member(a), event, registrationJson("甲一", "one@a.example", null, "MEMBER"))
                .statusCode(201);
    }

    @Test
    void checkInAndTheAttendeeListAsCsv() {
        UUID org = activeOrganization("签到主办");
        UUID event = openEvent(org, 1, "PUBLIC");
        String first = register(TestTokens.admin(), event, registrationJson("张三", "zhang@example.org", org, "SPEAKER"))
                .statusCode(201)
                .body("status", is("CONFIRMED"))
                .extract()
                .path("id");
        String second = register(TestTokens.admin(), event, registrationJson("=1+2", "evil@example.org", null, "PRESS"))
                .statusCode(201)
                .body("status", is("WAITLISTED"))
                .body("waitlistPosition", is(1))
                .extract()
                .path("id");
        String path = "/api/v1/events/" + event + "/registrations/";
        given().auth()
                .oauth2(TestTokens.member(org))
                .post(path + first + "/check-in")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.partner())
                .post(path + second + "/check-in")
                .then()
                .statusCode(409)
                .body("type", endsWith("/not-checkable"));
        given().auth()
                .oauth2(TestTokens.partner())
                .post(path + first + "/check-in")
                .then()
                .statusCode(200)
                .body("status", is("CHECKED_IN"))
                .body("checkedInAt", notNullValue());
        given().auth()
                .oauth2(TestTokens.admin())
                .header("If-Match", etag(path + first))
                .delete(path + first)
                .then()
                .statusCode(409)
                .body("type", endsWith("/registration-not-cancellable"));

        String csv = given().auth()
                .oauth2(TestTokens.admin())
                .accept("text/csv")
                .get("/api/v1/events/" + event + "/registrations")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv.replace("\uFEFF", ""))
                .as("UTF-8 BOM for spreadsheets, then the header")
                .startsWith("id,name,email,organizationId,title,category,status")
                .contains("zhang@example.org,")
                .contains("CHECKED_IN")
                .contains("WAITLISTED")
                .contains("'=1+2");
        String partnerCsv = given().auth()
                .oauth2(TestTokens.partner())
                .accept("text/csv")
                .get("/api/v1/events/" + event + "/registrations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(partnerCsv).doesNotContain("@example.org");
        // a partner system's token naming the attendees' organisation gets no more than any partner
        String partnerWithOrgCsv = given().auth()
                .oauth2(TestTokens.partnerWithOrg(org))
                .accept("text/csv")
                .get("/api/v1/events/" + event + "/registrations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(partnerWithOrgCsv).doesNotContain("@example.org");
    }

    @Test
    void registrationOnlyWhileOpen() {
        UUID org = activeOrganization("未开放");
        UUID event = event(org, 10, "PUBLIC", "PUBLISH");
        register(TestTokens.admin(), event, registrationJson("孙八", "sun@example.org", null, "GUEST"))
                .statusCode(409)
                .body("type", endsWith("/registration-not-open"));
        transition(event, "OPEN_REGISTRATION").statusCode(200);
        transition(event, "CLOSE_REGISTRATION").statusCode(200);
        register(TestTokens.admin(), event, registrationJson("孙八", "sun@example.org", null, "GUEST"))
                .statusCode(409);
        UUID draft = event(org, 10, "PUBLIC");
        register(TestTokens.member(org), draft, registrationJson("孙八", "sun@example.org", null, "GUEST"))
                .statusCode(404);
    }

    static List<Map<String, Object>> all(UUID event) {
        ExtractableResponse<Response> page = given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("size", 200)
                .get("/api/v1/events/" + event + "/registrations")
                .then()
                .statusCode(200)
                .extract();
        List<Map<String, Object>> items = new ArrayList<>(page.path("items"));
        if ((Integer) page.path("totalPages") > 1) {
            items.addAll(given().auth()
                    .oauth2(TestTokens.admin())
                    .queryParam("size", 200)
                    .queryParam("page", 1)
                    .get("/api/v1/events/" + event + "/registrations")
                    .then()
                    .extract()
                    .path("items"));
        }
        return items;
    }
}
