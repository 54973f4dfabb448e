package io.alliancehub.kit.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    @Test
    void theDefaultsAndTheLimitsThemselvesAreAccepted() {
        assertThat(new RetentionPolicy(Duration.ofDays(7), Duration.ofDays(28), Duration.ofDays(2)).inbox())
                .isEqualTo(Duration.ofDays(28));
        assertThat(new RetentionPolicy(Duration.ZERO, Duration.ofDays(7), Duration.ofHours(24)).idempotency())
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void anIdempotencyKeyIsKeptAtLeastADay() {
        assertThatThrownBy(() -> new RetentionPolicy(Duration.ofDays(7), Duration.ofDays(28), Duration.ofHours(23)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alliance.retention.idempotency");
    }

    @Test
    void inboxIdsOutliveTheTopicsRetention() {
        assertThatThrownBy(() -> new RetentionPolicy(Duration.ofDays(7), Duration.ofDays(6), Duration.ofDays(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alliance.retention.inbox");
    }

    @Test
    void noRetentionIsNegativeOrMissing() {
        assertThatThrownBy(() -> new RetentionPolicy(Duration.ofDays(-1), Duration.ofDays(28), Duration.ofDays(2)))
                .hasMessageContaining("alliance.retention.sent-outbox");
        assertThatThrownBy(() -> new RetentionPolicy(Duration.ofDays(7), null, Duration.ofDays(2)))
                .hasMessageContaining("alliance.retention.inbox");
    }
}
