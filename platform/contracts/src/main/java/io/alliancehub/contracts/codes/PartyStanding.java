package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import java.util.EnumSet;
import java.util.Set;

/**
 * Standing of an agreement party with respect to the alliance, kept by agreements-service from the
 * members replica. A party whose membership has ended is flagged on its live agreements.
 */
@JsonClassDescription("Standing of an agreement party")
public enum PartyStanding implements CodeList {
    /** A member in good standing, or an external party (named, not an organisation of the alliance). */
    GOOD("正常", "In good standing"),
    /**
     * The party organisation's membership is {@code LAPSED}, {@code WITHDRAWN}, {@code TERMINATED},
     * {@code REJECTED} or {@code SUSPENDED}.
     */
    MEMBERSHIP_ENDED("会籍已终止", "Membership ended"),
    /** Reserved for an organisation id that the members replica does not know. */
    NOT_A_MEMBER("非会员", "Not a member");

    private final String zh;
    private final String en;

    PartyStanding(String zh, String en) {
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

    private static final Set<MembershipStatus> ENDED = EnumSet.of(
            MembershipStatus.LAPSED,
            MembershipStatus.WITHDRAWN,
            MembershipStatus.TERMINATED,
            MembershipStatus.REJECTED,
            MembershipStatus.SUSPENDED);

    /**
     * The standing of a party organisation whose membership has {@code status}: {@link #MEMBERSHIP_ENDED} for
     * {@code LAPSED}, {@code WITHDRAWN}, {@code TERMINATED}, {@code REJECTED} and {@code SUSPENDED},
     * {@link #NOT_A_MEMBER} for {@code null} (an organisation the members replica does not know), otherwise
     * {@link #GOOD}. An external party (named, without an organisation id) is always {@link #GOOD}.
     */
    public static PartyStanding of(MembershipStatus status) {
        if (status == null) {
            return NOT_A_MEMBER;
        }
        return ENDED.contains(status) ? MEMBERSHIP_ENDED : GOOD;
    }
}
