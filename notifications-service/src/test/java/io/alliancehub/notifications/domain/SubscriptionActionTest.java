package io.alliancehub.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubscriptionActionTest {

    @Test
    void pauseFromActiveResumeFromPausedOrDisabled() {
        assertThat(SubscriptionAction.PAUSE.from(SubscriptionStatus.ACTIVE)).isEqualTo(SubscriptionStatus.PAUSED);
        assertThat(SubscriptionAction.PAUSE.from(SubscriptionStatus.PAUSED)).isNull();
        assertThat(SubscriptionAction.PAUSE.from(SubscriptionStatus.DISABLED)).isNull();
        assertThat(SubscriptionAction.RESUME.from(SubscriptionStatus.PAUSED)).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(SubscriptionAction.RESUME.from(SubscriptionStatus.DISABLED)).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(SubscriptionAction.RESUME.from(SubscriptionStatus.ACTIVE)).isNull();
        assertThat(SubscriptionAction.allowedFrom(SubscriptionStatus.ACTIVE)).containsExactly(SubscriptionAction.PAUSE);
        assertThat(SubscriptionAction.allowedFrom(SubscriptionStatus.DISABLED))
                .containsExactly(SubscriptionAction.RESUME);
    }
}
