package io.alliancehub.events.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.testkit.AppliedEvents;
import io.alliancehub.testkit.CloudEventsPublisher;
import io.alliancehub.testkit.MembersFixtures;
import io.alliancehub.testkit.SpanRecorder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The consumer's hop of one trace: the event members-service's relay sent with its trace context (the traceparent
 * header; members-service's TracingTest shows it is there) is applied in a span of that trace, a child of the
 * relay's publish span.
 */
@QuarkusTest
@TestProfile(SpanRecorder.Tracing.class)
class TracingTest {

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    /** members-service's publish span (the record's parent). */
    static final String PUBLISH_SPAN = "b7ad6b7169203331";

    @Test
    void anEventIsAppliedInTheTraceOfTheRequestThatWroteIt() {
        UUID org = UUID.randomUUID();
        try (CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            String id = publisher.publishTraced(
                    "00-" + TRACE + "-" + PUBLISH_SPAN + "-01", org, MembersFixtures.registered(org, "追踪消费单位"));
            AppliedEvents.await(id);
        }
        MembersFixtures.awaitReplica(org, MembershipStatus.APPLIED);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            SpanData apply = SpanRecorder.trace(TRACE).stream()
                    .filter(s -> s.getKind() == SpanKind.CONSUMER
                            && s.getName().equals("apply " + EventTypes.ORGANIZATION_REGISTERED))
                    .findFirst()
                    .orElseThrow();
            assertThat(apply.getParentSpanId()).isEqualTo(PUBLISH_SPAN);
            assertThat(apply.getAttributes().asMap().values())
                    .anyMatch(v -> v.toString().equals("alliance.members.v1"));
        });
    }
}
