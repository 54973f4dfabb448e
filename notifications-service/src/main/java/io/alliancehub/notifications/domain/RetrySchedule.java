package io.alliancehub.notifications.domain;

import java.time.Duration;

/** When a failed delivery is tried again: exponential backoff with ±20% jitter, capped. */
public final class RetrySchedule {

    private RetrySchedule() {}

    /**
     * The wait after attempt {@code attempt} (1-based) failed: {@code first} doubled per attempt, at most {@code max},
     * times {@code 0.8 + 0.4 × jitter} with {@code jitter} in [0, 1), so that receivers coming back are not hit by
     * every delivery at once.
     */
    public static Duration delay(int attempt, Duration first, Duration max, double jitter) {
        int doublings = Math.max(0, Math.min(attempt - 1, 30));
        long millis = first.toMillis() << Math.min(doublings, 20);
        long capped = Math.min(millis <= 0 ? max.toMillis() : millis, max.toMillis());
        double factor = 0.8 + 0.4 * Math.max(0, Math.min(jitter, 1));
        return Duration.ofMillis(Math.round(capped * factor));
    }
}
