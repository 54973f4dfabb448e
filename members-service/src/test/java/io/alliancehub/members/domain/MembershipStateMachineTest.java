package io.alliancehub.members.domain;

import static io.alliancehub.contracts.codes.MembershipStatus.*;
import static io.alliancehub.members.domain.MembershipAction.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.alliancehub.contracts.codes.MembershipStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MembershipStateMachineTest {

    @Test
    void happyPath() {
        assertThat(MembershipStateMachine.next(APPLIED, APPROVE)).contains(APPROVED);
        assertThat(MembershipStateMachine.next(APPROVED, ACTIVATE)).contains(ACTIVE);
        assertThat(MembershipStateMachine.next(ACTIVE, SUSPEND)).contains(SUSPENDED);
        assertThat(MembershipStateMachine.next(SUSPENDED, REINSTATE)).contains(ACTIVE);
        assertThat(MembershipStateMachine.next(ACTIVE, ENTER_GRACE)).contains(GRACE);
        assertThat(MembershipStateMachine.next(GRACE, RENEW)).contains(ACTIVE);
        assertThat(MembershipStateMachine.next(GRACE, LAPSE)).contains(LAPSED);
        assertThat(MembershipStateMachine.next(LAPSED, RENEW)).contains(ACTIVE);
        assertThat(MembershipStateMachine.next(APPLIED, REJECT)).contains(REJECTED);
    }

    @Test
    void illegalMoves() {
        assertThat(MembershipStateMachine.next(APPLIED, ACTIVATE)).isEmpty();
        assertThat(MembershipStateMachine.next(ACTIVE, RENEW)).isEmpty();
        assertThat(MembershipStateMachine.next(SUSPENDED, ENTER_GRACE)).isEmpty();
        assertThat(MembershipStateMachine.next(APPROVED, REJECT)).isEmpty();
        assertThat(MembershipStateMachine.next(LAPSED, REINSTATE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = MembershipStatus.class,
            names = {"REJECTED", "WITHDRAWN", "TERMINATED"})
    void finalStatesAllowNothing(MembershipStatus status) {
        assertThat(MembershipStateMachine.isLive(status)).isFalse();
        assertThat(MembershipStateMachine.allowedActions(status)).isEmpty();
        for (MembershipAction action : MembershipAction.values()) {
            assertThat(MembershipStateMachine.next(status, action)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = MembershipStatus.class,
            names = {"APPLIED", "APPROVED", "ACTIVE", "SUSPENDED", "GRACE", "LAPSED"})
    void everyLiveStateCanBeWithdrawnOrTerminated(MembershipStatus status) {
        assertThat(MembershipStateMachine.next(status, WITHDRAW)).contains(WITHDRAWN);
        assertThat(MembershipStateMachine.next(status, TERMINATE)).contains(TERMINATED);
    }

    @Test
    void allowedActionsNeverListScheduledMoves() {
        assertThat(MembershipStateMachine.allowedActions(ACTIVE)).containsExactly(SUSPEND, WITHDRAW, TERMINATE);
        assertThat(MembershipStateMachine.allowedActions(GRACE)).containsExactly(RENEW, WITHDRAW, TERMINATE);
        assertThat(MembershipStateMachine.allowedActions(APPLIED))
                .containsExactly(APPROVE, REJECT, WITHDRAW, TERMINATE);
    }
}
