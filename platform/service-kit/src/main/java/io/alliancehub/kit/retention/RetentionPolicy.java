package io.alliancehub.kit.retention;

import java.time.Duration;

/**
 * How long the kit's bookkeeping rows are kept. Sent outbox rows are only history once Kafka has them; inbox rows must
 * outlive any redelivery (a consumer's committed offset lags by at most a poll, but a reset to the earliest offset
 * replays a topic's whole retention, seven days for the event topics), so the default is four times that; an
 * Idempotency-Key must replay its first answer for at least a day, as the API promises. Unsent outbox rows are never
 * purged, whatever their age.
 */
public record RetentionPolicy(Duration sentOutbox, Duration inbox, Duration idempotency) {

    /** The shortest idempotency retention the API's documentation promises. */
    public static final Duration IDEMPOTENCY_AT_LEAST = Duration.ofHours(24);

    /** The longest retention of the event topics (delete policy); inbox rows must outlive it. */
    public static final Duration TOPIC_RETENTION = Duration.ofDays(7);

    public RetentionPolicy {
        require(sentOutbox, Duration.ZERO, "alliance.retention.sent-outbox");
        require(inbox, TOPIC_RETENTION, "alliance.retention.inbox");
        require(idempotency, IDEMPOTENCY_AT_LEAST, "alliance.retention.idempotency");
    }

    private static void require(Duration value, Duration atLeast, String property) {
        if (value == null || value.isNegative() || value.compareTo(atLeast) < 0) {
            throw new IllegalArgumentException(
                    property + " is " + value + "; it must be at least " + atLeast + " (see docs/architecture.md)");
        }
    }
}
