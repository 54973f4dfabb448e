package io.alliancehub.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    static final Duration FIRST = Duration.ofSeconds(5);
    static final Duration MAX = Duration.ofHours(1);

    @Test
    void theWaitDoublesPerAttemptUpToTheCap() {
        assertThat(RetrySchedule.delay(1, FIRST, MAX, 0.5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(RetrySchedule.delay(2, FIRST, MAX, 0.5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(RetrySchedule.delay(4, FIRST, MAX, 0.5)).isEqualTo(Duration.ofSeconds(40));
        assertThat(RetrySchedule.delay(12, FIRST, MAX, 0.5)).isEqualTo(MAX);
        assertThat(RetrySchedule.delay(500, FIRST, MAX, 0.5)).isEqualTo(MAX);
        assertThat(RetrySchedule.delay(0, FIRST, MAX, 0.5)).isEqualTo(FIRST);
    }

    @Test
    void jitterSpreadsTheWaitByTwentyPercentEachWay() {
        assertThat(RetrySchedule.delay(2, FIRST, MAX, 0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(RetrySchedule.delay(2, FIRST, MAX, 0.999999)).isEqualTo(Duration.ofSeconds(12));
        assertThat(RetrySchedule.delay(2, FIRST, MAX, 7)).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void retriesSpanMoreThanADayBeforeTheSubscriptionIsDisabled() {
        Duration total = Duration.ZERO;
        int attempt = 1;
        while (total.compareTo(Duration.ofHours(24)) < 0) {
            total = total.plus(RetrySchedule.delay(attempt++, FIRST, MAX, 0));
        }
        // the slowest jitter still gives a receiver dozens of chances within the day
        assertThat(attempt).isBetween(30, 45);
    }
}
