package io.alliancehub.members.messaging;

import static io.alliancehub.members.TestData.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.events.Topics;
import io.alliancehub.testkit.CloudEventsProbe;
import io.alliancehub.testkit.EventSchemas;
import io.alliancehub.testkit.KafkaTestBroker;
import io.alliancehub.testkit.TestTokens;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Reads what members-service publishes from the real (in-JVM) broker, as a downstream service would. */
@QuarkusTest
class MembersEventsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyEmittedEventIsABinaryCloudEventMatchingItsSchema() throws Exception {
        UUID id = activeOrganization("博雅控股集团", "Boya Holding Group");
        // a patch that sets what is already there changes nothing: same ETag, no history entry, no event (had it
        // emitted one, it would stand fourth below, an organization.updated without the "fields" change)
        String before = etag(id);
        int revisions = history(id);
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/merge-patch+json; charset=UTF-8") // the Chinese name as UTF-8
                .header("If-Match", before)
                .body("{\"name\": {\"zh\": \"博雅控股集团\", \"en\": \"Boya Holding Group\"}}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .header("ETag", before);
        assertThat(history(id))
                .as("no history entry for a patch that changes nothing")
                .isEqualTo(revisions);
        patch(id, "{\"fields\": [\"CAR_T\"]}");
        try (CloudEventsProbe probe = new CloudEventsProbe(Topics.MEMBERS)) {
            List<ConsumerRecord<String, CloudEvent>> records =
                    probe.await(CloudEventsProbe.subject(id), 6, Duration.ofSeconds(30));
            // each membership move is followed by the snapshot after it (the compacted topic keeps the latest)
            assertThat(records)
                    .extracting(r -> r.value().getType())
                    .containsExactly(
                            EventTypes.ORGANIZATION_REGISTERED,
                            EventTypes.MEMBERSHIP_STATUS_CHANGED,
                            EventTypes.ORGANIZATION_UPDATED,
                            EventTypes.MEMBERSHIP_STATUS_CHANGED,
                            EventTypes.ORGANIZATION_UPDATED,
                            EventTypes.ORGANIZATION_UPDATED);
            for (ConsumerRecord<String, CloudEvent> r : records) {
                CloudEvent e = r.value();
                assertThat(r.key()).isEqualTo(id.toString());
                assertThat(r.headers().lastHeader("ce_id"))
                        .as("binary mode headers")
                        .isNotNull();
                assertThat(e.getSpecVersion().toString()).isEqualTo("1.0");
                assertThat(e.getSource().toString()).isEqualTo("/alliancehub/members-service");
                assertThat(e.getSubject()).isEqualTo(id.toString());
                assertThat(e.getTime()).isNotNull();
                assertThat(e.getDataContentType()).isEqualTo("application/json");
                assertThat(EventSchemas.violations(e.getType(), e.getData().toBytes()))
                        .as(e.getType())
                        .isEmpty();
                assertThat(new String(e.getData().toBytes()))
                        .doesNotContain("@")
                        .doesNotContain("phone");
            }
            JsonNode approved = JSON.readTree(records.get(1).value().getData().toBytes());
            assertThat(approved.get("oldStatus").asText()).isEqualTo("APPLIED");
            assertThat(approved.get("newStatus").asText()).isEqualTo("APPROVED");
            assertThat(approved.get("action").asText()).isEqualTo("APPROVE");
            assertThat(approved.get("reason").asText()).isEqualTo("test");
            assertThat(approved.get("actor").asText()).startsWith("admin:");
            JsonNode updated = JSON.readTree(records.get(5).value().getData().toBytes());
            assertThat(updated.get("changedFields").toString()).isEqualTo("[\"fields\"]");
            assertThat(updated.get("version").asLong()).isEqualTo(3);
        }
    }

    @Test
    void writesSucceedWhileTheBrokerIsUnreachableAndEveryEventArrivesOnceInOrder() {
        UUID a = createOrganization("断线甲", "Outage A");
        UUID b = createOrganization("断线乙", "Outage B");
        KafkaTestBroker.link().cut();
        try {
            for (int i = 0; i < 5; i++) {
                for (UUID id : List.of(a, b)) {
                    long started = System.nanoTime();
                    given().auth()
                            .oauth2(TestTokens.admin())
                            .contentType("application/merge-patch+json")
                            .header("If-Match", etag(id))
                            .body("{\"address\": {\"city\": \"City-" + i + "\"}}")
                            .patch("/api/v1/organizations/" + id)
                            .then()
                            .statusCode(200);
                    assertThat(Duration.ofNanos(System.nanoTime() - started))
                            .as("a write does not wait for the broker")
                            .isLessThan(Duration.ofSeconds(5));
                }
            }
            transition(a, "APPROVE").statusCode(200);
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            KafkaTestBroker.link().restore();
        }
        try (CloudEventsProbe probe = new CloudEventsProbe(Topics.MEMBERS)) {
            probe.await(CloudEventsProbe.subject(a), 8, Duration.ofSeconds(60));
            probe.await(CloudEventsProbe.subject(b), 6, Duration.ofSeconds(30));
            // one more write on each: a duplicate of an earlier event would arrive before it
            for (UUID id : List.of(a, b)) {
                patch(id, "{\"address\": {\"city\": \"Marker\"}}");
            }
            List<ConsumerRecord<String, CloudEvent>> forA =
                    probe.beforeMarker(CloudEventsProbe.subject(a), marker(a), Duration.ofSeconds(30));
            List<ConsumerRecord<String, CloudEvent>> forB =
                    probe.beforeMarker(CloudEventsProbe.subject(b), marker(b), Duration.ofSeconds(30));
            assertThat(forA).hasSize(8);
            assertThat(forB).hasSize(6);
            assertThat(forA.stream().map(r -> r.value().getId()).distinct()).hasSize(8);
            // the snapshot after APPROVE still names the last city
            assertThat(cities(forA)).containsExactly("City-0", "City-1", "City-2", "City-3", "City-4", "City-4");
            assertThat(cities(forB)).containsExactly("City-0", "City-1", "City-2", "City-3", "City-4");
            assertThat(forA.get(6).value().getType()).isEqualTo(EventTypes.MEMBERSHIP_STATUS_CHANGED);
        }
    }

    private static int history(UUID id) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/organizations/" + id + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$")
                .size();
    }

    /** An admin's merge patch of the organisation at its current version; 200 expected. */
    private static void patch(UUID id, String json) {
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/merge-patch+json")
                .header("If-Match", etag(id))
                .body(json)
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(200);
    }

    private static java.util.function.Predicate<ConsumerRecord<String, CloudEvent>> marker(UUID id) {
        return r -> CloudEventsProbe.subject(id).test(r) && cities(List.of(r)).equals(List.of("Marker"));
    }

    private static List<String> cities(List<ConsumerRecord<String, CloudEvent>> records) {
        return records.stream()
                .filter(r -> r.value().getType().equals(EventTypes.ORGANIZATION_UPDATED))
                .map(r -> {
                    try {
                        return JSON.readTree(r.value().getData().toBytes())
                                .get("city")
                                .asText();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
