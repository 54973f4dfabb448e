package io.alliancehub.members.messaging;

import static io.alliancehub.members.TestData.creditCode;
import static io.alliancehub.members.TestData.organizationJson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.alliancehub.contracts.events.Topics;
import io.alliancehub.testkit.CloudEventsProbe;
import io.alliancehub.testkit.SpanRecorder;
import io.alliancehub.testkit.TestTokens;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The writer's hop of one trace: a request that comes with the gateway's trace context is served in a span of that
 * trace, the outbox keeps the context, and the relay's record carries it to Kafka (the traceparent header and the
 * CloudEvents extension) as the child of its publish span. (The gateway's and the consumer's hops: GatewayTracingTest,
 * events-service's TracingTest; the same trace id is handed along.)
 */
@QuarkusTest
@TestProfile(SpanRecorder.Tracing.class)
class TracingTest {

    /** What the gateway sends: trace 4bf92f35…, its proxy span 00f067aa…. */
    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    static final String GATEWAY_SPAN = "00f067aa0ba902b7";

    @Test
    void aRequestsTraceReachesTheKafkaRecordOfItsEvent() {
        String id = given().auth()
                .oauth2(TestTokens.admin())
                .header("traceparent", "00-" + TRACE + "-" + GATEWAY_SPAN + "-01")
                .contentType("application/json")
                .body(organizationJson("追踪单位", "Traced Co", creditCode()))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        try (CloudEventsProbe probe = new CloudEventsProbe(Topics.MEMBERS)) {
            ConsumerRecord<String, io.cloudevents.CloudEvent> record = probe.await(
                            CloudEventsProbe.subject(UUID.fromString(id)), 1, Duration.ofSeconds(30))
                    .get(0);
            String traceparent =
                    new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.US_ASCII);
            assertThat(traceparent).startsWith("00-" + TRACE + "-");
            assertThat(new String(record.headers().lastHeader("ce_traceparent").value(), StandardCharsets.US_ASCII))
                    .as("the CloudEvents distributed-tracing extension")
                    .isEqualTo(traceparent);

            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                List<SpanData> trace = SpanRecorder.trace(TRACE);
                SpanData server = trace.stream()
                        .filter(s -> s.getKind() == SpanKind.SERVER)
                        .findFirst()
                        .orElseThrow();
                assertThat(server.getParentSpanId())
                        .as("a child of the gateway's span")
                        .isEqualTo(GATEWAY_SPAN);
                SpanData publish = trace.stream()
                        .filter(s ->
                                s.getKind() == SpanKind.PRODUCER && s.getName().equals("publish " + Topics.MEMBERS))
                        .findFirst()
                        .orElseThrow();
                assertThat(traceparent)
                        .as("the record's parent is the publish span")
                        .contains(publish.getSpanId());
            });
        }
    }
}
