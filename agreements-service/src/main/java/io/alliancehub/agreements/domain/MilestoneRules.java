package io.alliancehub.agreements.domain;

import static io.alliancehub.contracts.codes.MilestoneStatus.DONE;
import static io.alliancehub.contracts.codes.MilestoneStatus.IN_PROGRESS;
import static io.alliancehub.contracts.codes.MilestoneStatus.PLANNED;

import io.alliancehub.contracts.codes.MilestoneStatus;
import java.time.LocalDate;
import java.util.Optional;

/** Milestones: PLANNED → IN_PROGRESS → DONE; PLANNED or IN_PROGRESS past the due date → OVERDUE (by date), which can still be DONE. */
public final class MilestoneRules {

    public enum Action {
        START,
        COMPLETE
    }

    private MilestoneRules() {}

    public static Optional<MilestoneStatus> next(MilestoneStatus from, Action action) {
        return Optional.ofNullable(
                switch (action) {
                    case START -> from == PLANNED ? IN_PROGRESS : null;
                    case COMPLETE -> from == DONE ? null : DONE;
                });
    }

    /** Whether the date-driven move to OVERDUE applies on {@code today}. */
    public static boolean isOverdue(MilestoneStatus status, LocalDate dueOn, LocalDate today) {
        return (status == PLANNED || status == IN_PROGRESS) && dueOn.isBefore(today);
    }

    public static boolean isOpen(MilestoneStatus status) {
        return status != DONE;
    }
}
