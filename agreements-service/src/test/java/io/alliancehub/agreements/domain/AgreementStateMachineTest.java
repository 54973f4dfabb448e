package io.alliancehub.agreements.domain;

import static io.alliancehub.contracts.codes.AgreementStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.MilestoneStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgreementStateMachineTest {

    @Test
    void theLifecycle() {
        assertThat(AgreementStateMachine.next(DRAFT, AgreementAction.SUBMIT_FOR_REVIEW))
                .contains(UNDER_REVIEW);
        assertThat(AgreementStateMachine.next(UNDER_REVIEW, AgreementAction.START_NEGOTIATION))
                .contains(NEGOTIATION);
        assertThat(AgreementStateMachine.next(SIGNED, AgreementAction.ACTIVATE)).contains(ACTIVE);
        assertThat(AgreementStateMachine.next(ACTIVE, AgreementAction.COMPLETE)).contains(COMPLETED);
        assertThat(AgreementStateMachine.next(NEGOTIATION, AgreementAction.RETURN_TO_DRAFT))
                .contains(DRAFT);
        assertThat(AgreementStateMachine.next(SIGNING, AgreementAction.RETURN_TO_DRAFT))
                .contains(DRAFT);
        assertThat(AgreementStateMachine.allowedActions(NEGOTIATION)).containsExactly(AgreementAction.RETURN_TO_DRAFT);
    }

    @Test
    void terminationAndExpiryOnlyWhileInForce() {
        for (AgreementStatus s : AgreementStatus.values()) {
            boolean inForce = s == SIGNED || s == ACTIVE;
            assertThat(AgreementStateMachine.next(s, AgreementAction.TERMINATE).isPresent())
                    .as(s.name())
                    .isEqualTo(inForce);
            assertThat(AgreementStateMachine.next(s, AgreementAction.EXPIRE).isPresent())
                    .as(s.name())
                    .isEqualTo(inForce);
            assertThat(AgreementStateMachine.allowedActions(s)).doesNotContain(AgreementAction.EXPIRE);
        }
        assertThat(AgreementStateMachine.allowedActions(EXPIRED)).isEmpty();
        assertThat(AgreementStateMachine.isPublished(NEGOTIATION)).isFalse();
        assertThat(AgreementStateMachine.isPublished(SIGNED)).isTrue();
    }

    @Test
    void milestones() {
        LocalDate due = LocalDate.of(2030, 1, 1);
        assertThat(MilestoneRules.isOverdue(MilestoneStatus.PLANNED, due, due)).isFalse();
        assertThat(MilestoneRules.isOverdue(MilestoneStatus.IN_PROGRESS, due, due.plusDays(1)))
                .isTrue();
        assertThat(MilestoneRules.isOverdue(MilestoneStatus.DONE, due, due.plusDays(1)))
                .isFalse();
        assertThat(MilestoneRules.next(MilestoneStatus.OVERDUE, MilestoneRules.Action.COMPLETE))
                .contains(MilestoneStatus.DONE);
        assertThat(MilestoneRules.next(MilestoneStatus.IN_PROGRESS, MilestoneRules.Action.START))
                .isEmpty();
    }
}
