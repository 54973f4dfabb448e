package io.alliancehub.events.domain;

import static io.alliancehub.contracts.codes.EventStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.RegistrationStatus;
import org.junit.jupiter.api.Test;

class EventStateMachineTest {

    @Test
    void theHappyPath() {
        assertThat(EventStateMachine.next(DRAFT, EventAction.PUBLISH)).contains(PUBLISHED);
        assertThat(EventStateMachine.next(PUBLISHED, EventAction.OPEN_REGISTRATION))
                .contains(REGISTRATION_OPEN);
        assertThat(EventStateMachine.next(REGISTRATION_OPEN, EventAction.CLOSE_REGISTRATION))
                .contains(REGISTRATION_CLOSED);
        assertThat(EventStateMachine.next(REGISTRATION_CLOSED, EventAction.OPEN_REGISTRATION))
                .contains(REGISTRATION_OPEN);
        assertThat(EventStateMachine.next(REGISTRATION_CLOSED, EventAction.START))
                .contains(ONGOING);
        assertThat(EventStateMachine.next(ONGOING, EventAction.COMPLETE)).contains(COMPLETED);
    }

    @Test
    void cancelFromAnyStateBeforeCompletedAndNothingAfterTheEnd() {
        for (EventStatus s : EventStatus.values()) {
            boolean cancellable = s != COMPLETED && s != CANCELLED;
            assertThat(EventStateMachine.next(s, EventAction.CANCEL).isPresent())
                    .as(s.name())
                    .isEqualTo(cancellable);
        }
        assertThat(EventStateMachine.allowedActions(COMPLETED)).isEmpty();
        assertThat(EventStateMachine.allowedActions(CANCELLED)).isEmpty();
        assertThat(EventStateMachine.allowedActions(DRAFT)).containsExactly(EventAction.PUBLISH, EventAction.CANCEL);
        assertThat(EventStateMachine.next(DRAFT, EventAction.START)).isEmpty();
        assertThat(EventStateMachine.next(PUBLISHED, EventAction.COMPLETE)).isEmpty();
    }

    @Test
    void seatsAndRegistrationMoves() {
        assertThat(RegistrationRules.place(119, 120)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(RegistrationRules.place(120, 120)).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(RegistrationRules.place(10_000, null)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(RegistrationRules.canCancel(RegistrationStatus.WAITLISTED)).isTrue();
        assertThat(RegistrationRules.canCancel(RegistrationStatus.CHECKED_IN)).isFalse();
        assertThat(RegistrationRules.canCancel(RegistrationStatus.CANCELLED)).isFalse();
        assertThat(RegistrationRules.canCheckIn(RegistrationStatus.CONFIRMED)).isTrue();
        assertThat(RegistrationRules.canCheckIn(RegistrationStatus.WAITLISTED)).isFalse();
    }
}
