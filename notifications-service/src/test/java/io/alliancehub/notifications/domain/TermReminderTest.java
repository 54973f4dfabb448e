package io.alliancehub.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TermReminderTest {

    @Test
    void eachReminderOwnsTheDaysUpToTheNextOne() {
        assertThat(TermReminder.due(61)).isEmpty();
        assertThat(TermReminder.due(60)).isEqualTo(OptionalInt.of(60));
        assertThat(TermReminder.due(31)).isEqualTo(OptionalInt.of(60));
        assertThat(TermReminder.due(30)).isEqualTo(OptionalInt.of(30));
        assertThat(TermReminder.due(8)).isEqualTo(OptionalInt.of(30));
        assertThat(TermReminder.due(7)).isEqualTo(OptionalInt.of(7));
        assertThat(TermReminder.due(0)).as("the last day").isEqualTo(OptionalInt.of(7));
        assertThat(TermReminder.due(-1)).as("ended: the lapse mail's business").isEmpty();
    }
}
