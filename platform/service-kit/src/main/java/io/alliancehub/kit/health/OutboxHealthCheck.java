package io.alliancehub.kit.health;

import io.alliancehub.kit.outbox.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the event pipeline to Kafka: whether this instance runs the relay, how many committed
 * events wait for the broker, and the last broker error. It stays UP while the broker is down:
 * writes go on and events wait in the outbox, so taking the service out of rotation would turn a
 * delay into an outage. Alert on {@code pendingEvents}/{@code oldestPendingSeconds} instead.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("kafka-outbox")
                .up()
                .withData("relayActive", relay.isLeader())
                .withData("brokerReachable", relay.lastError() == null);
        if (relay.lastError() != null) {
            builder.withData("lastError", relay.lastError());
        }
        try {
            OutboxRelay.Backlog backlog = relay.backlog();
            builder.withData("pendingEvents", backlog.pending())
                    .withData("oldestPendingSeconds", backlog.oldestAge().toSeconds());
        } catch (Exception e) {
            builder.withData("pendingEvents", "unknown: database unreachable");
        }
        return builder.build();
    }
}
