package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Tier of an organisation's membership in the alliance, from the founding initiators to observers.
 */
@JsonClassDescription("Membership tier")
public enum MembershipTier implements CodeList {
    INITIATOR("发起单位", "Initiating member"),
    CHAIR("理事长单位", "Chair member"),
    VICE_CHAIR("副理事长单位", "Vice-chair member"),
    COUNCIL("理事单位", "Council member"),
    MEMBER("会员单位", "Member"),
    OBSERVER("观察员单位", "Observer");

    private final String zh;
    private final String en;

    MembershipTier(String zh, String en) {
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
}
