package io.alliancehub.notifications.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.codes.MilestoneStatus;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.events.Topics;
import io.alliancehub.contracts.events.agreements.AgreementSigned;
import io.alliancehub.contracts.events.agreements.MilestoneOverdue;
import io.alliancehub.contracts.events.agreements.Party;
import io.alliancehub.contracts.events.agreements.SignedAt;
import io.alliancehub.contracts.events.events.RegistrationConfirmed;
import io.alliancehub.contracts.events.events.RegistrationWaitlisted;
import io.alliancehub.notifications.MailServer;
import io.alliancehub.notifications.StandardWebhooksVerifier;
import io.alliancehub.notifications.WebhookReceiver;
import io.alliancehub.notifications.domain.WebhookSignature;
import io.alliancehub.testkit.AppliedEvents;
import io.alliancehub.testkit.CloudEventsProbe;
import io.alliancehub.testkit.CloudEventsPublisher;
import io.alliancehub.testkit.EventSchemas;
import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Deliveries to a real HTTP receiver, from events on the real broker. */
@QuarkusTest
class WebhookDeliveryTest {

    static final ObjectMapper JSON = new ObjectMapper();

    record Subscribed(String id, String secret) {}

    static Subscribed subscribe(String partner, String url, String... types) {
        return subscribe(partner, Map.of("url", url, "eventTypes", List.of(types)));
    }

    static Subscribed subscribe(String partner, Map<String, Object> request) {
        var created = given().auth()
                .oauth2(TestTokens.withRole(partner, "partner"))
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract();
        return new Subscribed(created.path("subscription.id"), created.path("secret"));
    }

    /** PAUSE or RESUME a subscription as its partner: 200. */
    static io.restassured.response.ValidatableResponse transition(String partner, String id, String action) {
        return given().auth()
                .oauth2(partner)
                .contentType(ContentType.JSON)
                .body(Map.of("action", action))
                .post("/api/v1/webhooks/{id}/transitions", id)
                .then()
                .statusCode(200);
    }

    static RegistrationConfirmed confirmed(UUID event, UUID registration) {
        OffsetDateTime now = OffsetDateTime.now();
        return new RegistrationConfirmed(registration, event, null, RegistrationCategory.GUEST, false, now, now);
    }

    static RegistrationWaitlisted waitlisted(UUID event, UUID registration, int position) {
        OffsetDateTime now = OffsetDateTime.now();
        return new RegistrationWaitlisted(registration, event, null, RegistrationCategory.GUEST, position, now, now);
    }

    static AgreementSigned signed(UUID id, AgreementVisibility visibility) {
        return new AgreementSigned(
                id,
                3,
                "DL-" + id.toString().substring(0, 8),
                LocalizedText.of("共建细胞治疗中心合同", "Co-building contract"),
                AgreementType.CO_BUILDING,
                AgreementStatus.SIGNED,
                visibility,
                List.of(
                        Party.member(UUID.randomUUID(), PartyRole.PARTY_A),
                        Party.member(UUID.randomUUID(), PartyRole.PARTY_B)),
                List.of(),
                LocalDate.of(2026, 1, 1),
                null,
                null,
                0,
                LocalDate.of(2026, 1, 1),
                new SignedAt("Dalian", null),
                "admin:test",
                OffsetDateTime.now());
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }

    @Test
    void aDeliveryIsAStructuredCloudEventThatAStandardWebhooksVerifierAccepts() {
        try (WebhookReceiver receiver = new WebhookReceiver();
                CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            Subscribed sub = subscribe(
                    "signed-partner", receiver.url("/hooks?source=alliance"), "io.alliancehub.events.registration.*");
            UUID event = UUID.randomUUID();
            UUID registration = UUID.randomUUID();
            String eventId = publisher.publish(event, confirmed(event, registration));

            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> !receiver.accepted().isEmpty());
            WebhookReceiver.Received r = receiver.accepted().get(0);
            assertThat(r.header("content-type")).startsWith("application/cloudevents+json");
            JsonNode ce = json(r.body());
            assertThat(ce.path("specversion").asText()).isEqualTo("1.0");
            assertThat(ce.path("id").asText()).isEqualTo(eventId);
            assertThat(ce.path("type").asText()).isEqualTo("io.alliancehub.events.registration.confirmed.v1");
            assertThat(ce.path("data").path("registrationId").asText()).isEqualTo(registration.toString());

            assertThat(StandardWebhooksVerifier.verify(
                            sub.secret(),
                            r.header("webhook-id"),
                            r.header("webhook-timestamp"),
                            r.header("webhook-signature"),
                            r.body()))
                    .as("verified with the subscription's secret")
                    .isTrue();
            assertThat(StandardWebhooksVerifier.verify(
                            WebhookSignature.newSecret(),
                            r.header("webhook-id"),
                            r.header("webhook-timestamp"),
                            r.header("webhook-signature"),
                            r.body()))
                    .as("a wrong secret fails verification")
                    .isFalse();
            assertThat(StandardWebhooksVerifier.verify(
                            sub.secret(),
                            r.header("webhook-id"),
                            r.header("webhook-timestamp"),
                            r.header("webhook-signature"),
                            r.body()
                                    .replace(
                                            registration.toString(),
                                            UUID.randomUUID().toString())))
                    .as("a changed body fails verification")
                    .isFalse();

            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> given().auth()
                            .oauth2(TestTokens.withRole("signed-partner", "partner"))
                            .get("/api/v1/webhooks/{id}/deliveries", sub.id())
                            .then()
                            .statusCode(200)
                            .body("totalItems", equalTo(1))
                            .body("items[0].id", equalTo(r.header("webhook-id")))
                            .body("items[0].status", equalTo("DELIVERED"))
                            .body("items[0].attempts", equalTo(1))
                            .body("items[0].lastResponseCode", equalTo(204)));

            // the same event published again (the relay retried) is not delivered again
            publisher.publish(eventId, event, confirmed(event, registration));
            String marker = publisher.publish(event, waitlisted(event, UUID.randomUUID(), 1));
            AppliedEvents.await(marker);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.accepted().size() == 2);
            assertThat(receiver.accepted().get(1).header("webhook-id")).isNotEqualTo(r.header("webhook-id"));
            assertThat(json(receiver.accepted().get(1).body()).path("type").asText())
                    .endsWith("waitlisted.v1");

            // a manual redelivery: refused while paused, sent again (the same webhook-id) once active
            String partner = TestTokens.withRole("signed-partner", "partner");
            transition(partner, sub.id(), "PAUSE");
            given().auth()
                    .oauth2(partner)
                    .post("/api/v1/webhooks/{id}/deliveries/{d}/redeliveries", sub.id(), r.header("webhook-id"))
                    .then()
                    .statusCode(409);
            transition(partner, sub.id(), "RESUME");
            given().auth()
                    .oauth2(partner)
                    .post("/api/v1/webhooks/{id}/deliveries/{d}/redeliveries", sub.id(), r.header("webhook-id"))
                    .then()
                    .statusCode(202)
                    .body("status", equalTo("PENDING"));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.accepted().size() == 3);
            assertThat(receiver.accepted().get(2).header("webhook-id")).isEqualTo(r.header("webhook-id"));
        }
    }

    @Test
    void aReceiverDownForAWhileGetsEveryDeliveryInOrderPerKey() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
                CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            Subscribed sub = subscribe("flaky-partner", receiver.url("/hooks"), "io.alliancehub.events.*");
            receiver.answer(503);
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            Map<UUID, List<String>> published = new LinkedHashMap<>();
            for (int i = 0; i < 4; i++) {
                for (UUID key : List.of(first, second)) {
                    String id = publisher.publish(key, waitlisted(key, UUID.randomUUID(), i + 1));
                    published.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
                }
            }
            // failing: only the head of each key is tried, again and again
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.received().size() >= 4);
            receiver.stop();
            Thread.sleep(1500); // down: connections refused
            receiver.answer(204);
            receiver.start();

            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> receiver.accepted().size() >= 8);
            Map<String, List<String>> arrived = new LinkedHashMap<>();
            for (WebhookReceiver.Received r : receiver.accepted()) {
                JsonNode ce = json(r.body());
                arrived.computeIfAbsent(ce.path("subject").asText(), k -> new ArrayList<>())
                        .add(ce.path("id").asText());
            }
            assertThat(arrived.get(first.toString()))
                    .as("key 1, in order, once each")
                    .isEqualTo(published.get(first));
            assertThat(arrived.get(second.toString()))
                    .as("key 2, in order, once each")
                    .isEqualTo(published.get(second));
            List<String> failedIds = receiver.received().stream()
                    .filter(r -> r.answered() != 204)
                    .map(r -> json(r.body()).path("id").asText())
                    .distinct()
                    .toList();
            assertThat(failedIds)
                    .as("while failing, only each key's first delivery was tried")
                    .containsExactlyInAnyOrder(
                            published.get(first).get(0), published.get(second).get(0));
            // the receiver has answered the last one; the sender records it as delivered a moment later
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> given().auth()
                            .oauth2(TestTokens.withRole("flaky-partner", "partner"))
                            .queryParam("status", "PENDING")
                            .get("/api/v1/webhooks/{id}/deliveries", sub.id())
                            .then()
                            .statusCode(200)
                            .body("totalItems", equalTo(0)));
        }
    }

    @Test
    void aSubscriptionFailingForADayIsDisabledAndResumingSendsWhatWaited() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
                CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            String partner = TestTokens.withRole("down-for-a-day-partner", "partner");
            String owner = "integration-" + UUID.randomUUID() + "@partner.example.org";
            Subscribed sub = subscribe(
                    "down-for-a-day-partner",
                    Map.of(
                            "url",
                            receiver.url("/hooks"),
                            "eventTypes",
                            List.of("io.alliancehub.events.*"),
                            "noticeEmail",
                            owner,
                            "noticeLanguage",
                            "en"));
            receiver.answer(500);
            UUID key = UUID.randomUUID();
            String first = publisher.publish(key, waitlisted(key, UUID.randomUUID(), 1));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> !receiver.received().isEmpty());
            // its deliveries have been failing since yesterday (the clock moved, not the test's patience)
            agroal(c -> c.createStatement()
                    .executeUpdate("update webhook_subscription set failing_since = now() - interval '25 hours'"
                            + " where id = '" + sub.id() + "'"));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().auth()
                            .oauth2(partner)
                            .get("/api/v1/webhooks/{id}", sub.id())
                            .then()
                            .statusCode(200)
                            .body("status", equalTo("DISABLED"))
                            .body("allowedActions", org.hamcrest.Matchers.contains("RESUME"))
                            .body("disabledReason", org.hamcrest.Matchers.containsString("HTTP 500")));
            jakarta.mail.internet.MimeMessage notice =
                    MailServer.await(owner, 1).get(0);
            assertThat(notice.getSubject()).isEqualTo("Webhook subscription disabled: " + receiver.url("/hooks"));
            assertThat(notice.getContent().toString())
                    .contains(sub.id())
                    .contains("HTTP 500")
                    .contains("/api/v1/webhooks/" + sub.id() + "/transitions");
            // and the suite is told: webhook-subscription.disabled on alliance.notifications.v1, as its schema says
            try (CloudEventsProbe probe = new CloudEventsProbe(Topics.NOTIFICATIONS)) {
                var event = probe.await(CloudEventsProbe.subject(sub.id()), 1, Duration.ofSeconds(30));
                assertThat(event).hasSize(1);
                io.cloudevents.CloudEvent disabled = event.get(0).value();
                assertThat(event.get(0).key()).isEqualTo(sub.id());
                assertThat(disabled.getType()).isEqualTo(EventTypes.WEBHOOK_SUBSCRIPTION_DISABLED);
                assertThat(disabled.getSource()).hasToString("/alliancehub/notifications-service");
                byte[] data = disabled.getData().toBytes();
                assertThat(EventSchemas.violations(disabled.getType(), data)).isEmpty();
                JsonNode payload = JSON.readTree(data);
                assertThat(payload.path("owner").asText()).isEqualTo("down-for-a-day-partner");
                assertThat(payload.path("targetHost").asText()).isEqualTo("127.0.0.1");
                assertThat(payload.path("lastError").asText()).startsWith("HTTP 500");
                assertThat(payload.path("pendingDeliveries").asLong()).isEqualTo(1);
                assertThat(payload.toString()).as("no personal data").doesNotContain(owner);
            }
            String second = publisher.publish(key, waitlisted(key, UUID.randomUUID(), 2));
            AppliedEvents.await(second);
            int triedWhileDisabled = receiver.received().size();
            Thread.sleep(1500);
            assertThat(receiver.received()).as("nothing is sent while disabled").hasSize(triedWhileDisabled);

            receiver.answer(204);
            transition(partner, sub.id(), "RESUME").body("status", equalTo("ACTIVE"));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.accepted().size() == 2);
            assertThat(receiver.accepted())
                    .extracting(r -> json(r.body()).path("id").asText())
                    .as("both kept, sent in order once resumed")
                    .containsExactly(first, second);
            assertThat(MailServer.to(owner)).as("one notice per disabling").hasSize(1);
        }
    }

    interface Sql {
        void run(java.sql.Connection c) throws Exception;
    }

    static void agroal(Sql sql) throws Exception {
        try (java.sql.Connection c = io.quarkus.arc.Arc.container()
                .select(io.agroal.api.AgroalDataSource.class)
                .get()
                .getConnection()) {
            sql.run(c);
        }
    }

    @Test
    void aPartnerNeverReceivesAnEventAboutAPartiesAgreement() {
        try (WebhookReceiver receiver = new WebhookReceiver();
                CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            subscribe("agreements-partner", receiver.url("/hooks"), "io.alliancehub.agreements.*");
            UUID partiesOnly = UUID.randomUUID();
            UUID open = UUID.randomUUID();
            String hiddenSigned = publisher.publish(partiesOnly, signed(partiesOnly, AgreementVisibility.PARTIES));
            String hiddenMilestone = publisher.publish(
                    partiesOnly,
                    new MilestoneOverdue(
                            UUID.randomUUID(),
                            partiesOnly,
                            LocalizedText.of("细胞制备中心建成", "Cell centre built"),
                            PartyRole.PARTY_A,
                            LocalDate.of(2026, 6, 30),
                            MilestoneStatus.IN_PROGRESS,
                            OffsetDateTime.now()));
            String shown = publisher.publish(open, signed(open, AgreementVisibility.MEMBERS));
            AppliedEvents.await(hiddenSigned);
            AppliedEvents.await(hiddenMilestone);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> !receiver.accepted().isEmpty());
            assertThat(receiver.received())
                    .extracting(r -> json(r.body()).path("id").asText())
                    .containsExactly(shown)
                    .doesNotContain(hiddenSigned, hiddenMilestone);
        }
    }
}
