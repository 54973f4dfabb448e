package io.alliancehub.members.domain;

/** What can happen to a membership. The last two are date-driven and taken only by the scheduler. */
public enum MembershipAction {
    APPROVE,
    REJECT,
    ACTIVATE,
    SUSPEND,
    REINSTATE,
    RENEW,
    WITHDRAW,
    TERMINATE,
    /** The term ended: the grace period starts. */
    ENTER_GRACE,
    /** The grace period ended without renewal. */
    LAPSE;

    public boolean isScheduled() {
        return this == ENTER_GRACE || this == LAPSE;
    }
}
