package io.alliancehub.events.api;

import static io.alliancehub.events.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.events.Topics;
import io.alliancehub.events.service.EventLifecycleSweep;
import io.alliancehub.testkit.CloudEventsProbe;
import io.alliancehub.testkit.EventSchemas;
import io.alliancehub.testkit.IdempotencyChecks;
import io.alliancehub.testkit.TestTokens;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventApiTest {

    @Inject
    EventLifecycleSweep sweep;

    @Test
    void anIdempotencyKeyCreatesOneEventAndOneRegistration() {
        UUID organizer = activeOrganization("幂等主办方");
        int year = java.time.OffsetDateTime.now().getYear() + 1;
        String start = year + "-06-01T09:00:00+08:00";
        String end = year + "-06-01T17:00:00+08:00";
        IdempotencyChecks.replaysAndRefusesADifferentBody(
                TestTokens.admin(),
                "/api/v1/events",
                eventJson(organizer, start, end, 50, "PUBLIC"),
                eventJson(organizer, start, end, 60, "PUBLIC"),
                IdempotencyChecks.rowsOf("event"));
        UUID open = openEvent(organizer, 50, "PUBLIC");
        IdempotencyChecks.replaysAndRefusesADifferentBody(
                TestTokens.admin(),
                "/api/v1/events/" + open + "/registrations",
                registrationJson("幂等参会者", "once@example.org", null, "GUEST"),
                registrationJson("另一参会者", "other@example.org", null, "GUEST"),
                IdempotencyChecks.rowsOf("registration"));
    }

    @Test
    void aDraftThatIsCancelledStaysHiddenFromThoseWhoCouldNotSeeTheDraft() {
        UUID organizer = activeOrganization("取消草稿主办方");
        UUID draft = event(organizer, 100, "PUBLIC");
        UUID published = event(organizer, 100, "PUBLIC", "PUBLISH");
        transition(draft, "CANCEL").statusCode(200).body("status", is("CANCELLED"));
        transition(published, "CANCEL").statusCode(200).body("status", is("CANCELLED"));
        for (var spec : new io.restassured.specification.RequestSpecification[] {
            given(), given().auth().oauth2(TestTokens.member(organizer))
        }) {
            spec.get("/api/v1/events/" + draft).then().statusCode(404);
        }
        given().get("/api/v1/events/" + published).then().statusCode(200).body("status", is("CANCELLED"));
        List<String> listed = given().queryParam("organizerId", organizer.toString())
                .queryParam("size", 200)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(listed).contains(published.toString()).doesNotContain(draft.toString());
        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/events/" + draft)
                .then()
                .statusCode(200);
    }

    @Test
    void aForumWithSubForumsAgendaAndExhibitorsThroughItsLifecycle() throws Exception {
        UUID boya = activeOrganization("博雅生命健康");
        UUID hospital = activeOrganization("无锡人民医院");
        int year = OffsetDateTime.now().getYear() + 1;
        UUID forum = UUID.fromString(createEvent("""
                {"title": {"zh": "生命健康产业论坛", "en": "Life and Health Industry Forum"}, "type": "FORUM",
                 "organizers": ["%s"], "coHosts": ["%s"], "venue": {"name": "Junlai Shizun Hotel", "city": "Wuxi"},
                 "startsAt": "%d-04-13T09:00:00+08:00", "endsAt": "%d-04-14T17:00:00+08:00", "visibility": "PUBLIC"}""".formatted(boya, hospital, year, year))
                .statusCode(201)
                .extract()
                .path("id")
                .toString());
        String subJson = eventJson(boya, year + "-04-13T09:00:00+08:00", year + "-04-13T12:00:00+08:00", 120, "PUBLIC")
                .replace("\"type\": \"SUMMIT\"", "\"type\": \"SUB_FORUM\", \"parentId\": \"" + forum + "\"");
        UUID sub = UUID.fromString(createEvent(subJson)
                .statusCode(201)
                .body("status", is("DRAFT"))
                .body("timeZone", is("Asia/Shanghai"))
                .body("startsAt", is(year + "-04-13T09:00:00+08:00"))
                .body("allowedActions", contains("PUBLISH", "CANCEL"))
                .extract()
                .path("id"));
        createEvent(subJson.replace("-04-13T12:00", "-04-15T12:00"))
                .statusCode(400)
                .body("errors[0].field", is("startsAt"));
        createEvent(subJson.replace(forum.toString(), sub.toString()))
                .statusCode(400)
                .body("errors[0].field", is("parentId"));

        // drafts are the secretariat's: invisible to the public
        given().get("/api/v1/events/" + forum).then().statusCode(404);
        transition(sub, "PUBLISH").statusCode(409).body("type", endsWith("/parent-not-published"));
        transition(forum, "PUBLISH")
                .statusCode(200)
                .body("status", is("PUBLISHED"))
                .body("allowedActions", contains("OPEN_REGISTRATION", "START", "CANCEL"));
        transition(sub, "PUBLISH").statusCode(200);
        transition(sub, "COMPLETE").statusCode(409).body("type", endsWith("/illegal-transition"));
        given().get("/api/v1/events/" + forum).then().statusCode(200).body("coHosts", contains(hospital.toString()));
        given().queryParam("parentId", forum.toString())
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("items.id", contains(sub.toString()));

        String sessions = "/api/v1/events/" + forum + "/sessions";
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body("""
                {"title": {"zh": "主旨演讲", "en": "Keynote"}, "kind": "KEYNOTE", "startsAt": "%d-04-13T09:30:00+08:00",
                 "endsAt": "%d-04-13T10:00:00+08:00", "room": "Main hall",
                 "speakers": [{"name": {"zh": "李诣书", "en": "Li Yishu"}, "title": {"en": "President"}, "organizationId": "%s"},
                              {"name": {"en": "Dr. Chen"}, "affiliation": {"en": "Visiting scholar"}}]}""".formatted(year, year, boya))
                .post(sessions)
                .then()
                .statusCode(201)
                .body("speakers", hasSize(2));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body("""
                {"title": {"en": "Blue book release"}, "kind": "RELEASE", "startsAt": "%d-04-13T10:00:00+08:00",
                 "endsAt": "%d-04-13T10:30:00+08:00", "speakers": [{"name": {"en": "X"}, "organizationId": "%s"}]}""".formatted(year, year, UUID.randomUUID()))
                .post(sessions)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("speakers[0].organizationId"));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body("""
                {"title": {"en": "CAR-T panel"}, "kind": "PANEL", "startsAt": "%d-04-13T10:00:00+08:00",
                 "endsAt": "%d-04-13T11:00:00+08:00"}""".formatted(year, year))
                .post("/api/v1/events/" + sub + "/sessions")
                .then()
                .statusCode(201);
        given().get(sessions).then().statusCode(200).body("", hasSize(1));
        given().queryParam("includeSubForums", true)
                .get(sessions)
                .then()
                .statusCode(200)
                .body("eventId", contains(forum.toString(), sub.toString()))
                .body("[0].startsAt", is(year + "-04-13T09:30:00+08:00"));
        // the agenda is searched like the directory: a speaker by pinyin or initials, a title in English
        for (String q : List.of("liyishu", "lys", "Keynote", "主旨")) {
            given().queryParam("q", q).get(sessions).then().statusCode(200).body("title.en", contains("Keynote"));
        }
        given().queryParam("q", "nothing-like-this")
                .get(sessions)
                .then()
                .statusCode(200)
                .body("", empty());

        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(Map.of(
                        "organizationId",
                        boya,
                        "booth",
                        "A12",
                        "showcase",
                        Map.of("en", "Automated cell-processing equipment")))
                .post("/api/v1/events/" + forum + "/exhibitors")
                .then()
                .statusCode(201)
                .body("organizationName.zh", is("博雅生命健康"));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(Map.of("organizationId", boya))
                .post("/api/v1/events/" + forum + "/exhibitors")
                .then()
                .statusCode(409);
        given().get("/api/v1/events/" + forum + "/exhibitors")
                .then()
                .statusCode(200)
                .body("booth", contains("A12"));
        given().queryParam("q", "boyashengming")
                .get("/api/v1/events/" + forum + "/exhibitors")
                .then()
                .body("booth", contains("A12"));
        given().queryParam("q", "cell-processing")
                .get("/api/v1/events/" + forum + "/exhibitors")
                .then()
                .body("booth", contains("A12"));
        given().queryParam("q", "zzz")
                .get("/api/v1/events/" + forum + "/exhibitors")
                .then()
                .body("", empty());

        // a change to a published event is published with what changed
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/merge-patch+json")
                .header("If-Match", etag("/api/v1/events/" + forum))
                .body("{\"venue\": {\"city\": \"Suzhou\"}, \"capacity\": 2000}")
                .patch("/api/v1/events/" + forum)
                .then()
                .statusCode(200)
                .body("venue.city", is("Suzhou"))
                .body("venue.name", is("Junlai Shizun Hotel"))
                .body("seats.available", is(2000));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"capacity\": 10}")
                .patch("/api/v1/events/" + forum)
                .then()
                .statusCode(412);

        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/events/" + forum + "/history")
                .then()
                .statusCode(200)
                .body("change", contains("CREATED", "UPDATED", "UPDATED"))
                .body("[2].changes.field", hasItems("venue.city", "capacity"));
        given().auth()
                .oauth2(TestTokens.member(boya))
                .get("/api/v1/events/" + forum + "/history")
                .then()
                .statusCode(403);

        transition(forum, "CANCEL")
                .statusCode(200)
                .body("status", is("CANCELLED"))
                .body("allowedActions", empty());
        try (CloudEventsProbe probe = new CloudEventsProbe(Topics.EVENTS)) {
            List<ConsumerRecord<String, CloudEvent>> records =
                    probe.await(r -> forum.toString().equals(r.key()), 3, Duration.ofSeconds(30));
            assertThat(records)
                    .extracting(r -> r.value().getType())
                    .containsExactly(EventTypes.EVENT_PUBLISHED, EventTypes.EVENT_UPDATED, EventTypes.EVENT_CANCELLED);
            for (ConsumerRecord<String, CloudEvent> r : records) {
                assertThat(EventSchemas.violations(
                                r.value().getType(), r.value().getData().toBytes()))
                        .isEmpty();
                assertThat(r.value().getSubject()).isEqualTo(forum.toString());
            }
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper()
                            .readTree(records.get(1).value().getData().toBytes())
                            .get("changedFields")
                            .toString())
                    .isEqualTo("[\"venue.city\",\"capacity\"]");
        }
    }

    @Test
    void theCalendarParsesBackWithItsZone() throws Exception {
        UUID org = activeOrganization("日历主办");
        UUID event = event(org, 100, "PUBLIC", "PUBLISH");
        int year = OffsetDateTime.now().getYear() + 1;
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body("""
                {"title": {"zh": "签约仪式", "en": "Signing ceremony"}, "kind": "SIGNING", "startsAt": "%d-04-13T15:00:00+08:00",
                 "endsAt": "%d-04-13T15:30:00+08:00", "room": "Hall B"}""".formatted(year, year))
                .post("/api/v1/events/" + event + "/sessions")
                .then()
                .statusCode(201);
        String ics = given().get("/api/v1/events/" + event + "/calendar")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .extract()
                .asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Asia/Shanghai");
        VEvent main = events.get(0);
        assertThat(main.getSummary().getValue()).isEqualTo("细胞治疗产业高峰论坛 / Cell Therapy Industry Summit Forum");
        assertThat(main.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Asia/Shanghai");
        ZonedDateTime start = (ZonedDateTime) main.getDateTimeStart().getDate();
        assertThat(start.toOffsetDateTime()).isEqualTo(OffsetDateTime.parse(year + "-04-13T09:00:00+08:00"));
        assertThat(main.getLocation().getValue())
                .contains("Junlai Shizun Hotel")
                .contains("Wuxi");
        assertThat(events.get(1).getSummary().getValue()).isEqualTo("签约仪式 / Signing ceremony");
        assertThat(main.getUid().orElseThrow().getValue()).startsWith(event.toString());
    }

    @Test
    void filtersAndVisibility() {
        UUID org = activeOrganization("筛选主办");
        UUID members = event(org, 100, "MEMBERS", "PUBLISH");
        UUID publicOne = event(org, 100, "PUBLIC", "PUBLISH");
        UUID draft = event(org, 100, "PUBLIC");
        given().queryParam("organizerId", org.toString())
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("items.id", contains(publicOne.toString()));
        given().auth()
                .oauth2(TestTokens.member(org))
                .queryParam("organizerId", org.toString())
                .queryParam("sort", "createdAt,asc")
                .get("/api/v1/events")
                .then()
                .body("items.id", contains(members.toString(), publicOne.toString()));
        given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("organizerId", org.toString())
                .queryParam("status", "DRAFT")
                .get("/api/v1/events")
                .then()
                .body("items.id", contains(draft.toString()));
        given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("organizerId", org.toString())
                .queryParam("q", "gaofeng")
                .queryParam("visibility", "MEMBERS")
                .get("/api/v1/events")
                .then()
                .body("items.id", contains(members.toString()));
        given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("organizerId", org.toString())
                .queryParam("q", "cell therapy")
                .queryParam("city", "wuxi")
                .queryParam("type", "SUMMIT")
                .queryParam("topLevel", true)
                .queryParam("from", OffsetDateTime.now().toString())
                .queryParam("updatedSince", OffsetDateTime.now().minusHours(1).toString())
                .get("/api/v1/events")
                .then()
                .body("totalItems", is(3));
        given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("organizerId", org.toString())
                .queryParam("to", OffsetDateTime.now().toString())
                .get("/api/v1/events")
                .then()
                .body("totalItems", is(0));
        given().get("/api/v1/events/" + members).then().statusCode(404);
        given().auth()
                .oauth2(TestTokens.member(org))
                .get("/api/v1/events/" + members)
                .then()
                .statusCode(200);
    }

    @Test
    void startAndCompleteFollowTheClock() {
        UUID org = activeOrganization("时钟主办");
        UUID event = openEvent(org, 10, "PUBLIC");
        int year = OffsetDateTime.now().getYear() + 1;
        sweep.sweep(OffsetDateTime.parse(year + "-04-13T09:00:00+08:00"));
        given().get("/api/v1/events/" + event).then().body("status", is("ONGOING"));
        sweep.sweep(OffsetDateTime.parse(year + "-04-13T16:59:00+08:00"));
        given().get("/api/v1/events/" + event).then().body("status", is("ONGOING"));
        sweep.sweep(OffsetDateTime.parse(year + "-04-13T17:00:00+08:00"));
        given().get("/api/v1/events/" + event).then().body("status", is("COMPLETED"));
        given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/events/" + event + "/history")
                .then()
                .body("actor", hasItem("system:event-lifecycle"));
    }
}
