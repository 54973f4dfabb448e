package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Role of a party to an agreement (甲方, 乙方, …) or of a witness or guarantor.
 */
@JsonClassDescription("Role of a party to an agreement")
public enum PartyRole implements CodeList {
    PARTY_A("甲方", "Party A"),
    PARTY_B("乙方", "Party B"),
    PARTY_C("丙方", "Party C"),
    PARTY_D("丁方", "Party D"),
    WITNESS("见证方", "Witness"),
    GUARANTOR("担保方", "Guarantor");

    private final String zh;
    private final String en;

    PartyRole(String zh, String en) {
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
