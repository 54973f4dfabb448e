package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Status of a membership. The moves between statuses (the state machine) belong to members-service;
 * this list only names the states.
 */
@JsonClassDescription("Membership status")
public enum MembershipStatus implements CodeList {
    APPLIED("已申请", "Applied"),
    APPROVED("已批准", "Approved"),
    REJECTED("已拒绝", "Rejected"),
    ACTIVE("有效", "Active"),
    SUSPENDED("已暂停", "Suspended"),
    GRACE("宽限期", "In grace period"),
    LAPSED("已失效", "Lapsed"),
    WITHDRAWN("已退出", "Withdrawn"),
    TERMINATED("已终止", "Terminated");

    private final String zh;
    private final String en;

    MembershipStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    /**
     * Whether a membership in this status counts as a member in good standing (may, for example,
     * register for members-only events): {@link #ACTIVE} and {@link #GRACE}.
     */
    public boolean inGoodStanding() {
        return this == ACTIVE || this == GRACE;
    }
}
