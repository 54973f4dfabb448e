package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Role of a party to an agreement (甲方, 乙方, … up to 癸方: ten principal parties at most, each role once) or
 * of a witness or guarantor (as many as needed).
 */
@JsonClassDescription("Role of a party to an agreement")
public enum PartyRole implements CodeList {
    PARTY_A("甲方", "Party A"),
    PARTY_B("乙方", "Party B"),
    PARTY_C("丙方", "Party C"),
    PARTY_D("丁方", "Party D"),
    PARTY_E("戊方", "Party E"),
    PARTY_F("己方", "Party F"),
    PARTY_G("庚方", "Party G"),
    PARTY_H("辛方", "Party H"),
    PARTY_I("壬方", "Party I"),
    PARTY_J("癸方", "Party J"),
    WITNESS("见证方", "Witness"),
    GUARANTOR("担保方", "Guarantor");

    private final String zh;
    private final String en;

    PartyRole(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** A principal party (甲方 … 癸方), as opposed to a witness or guarantor. */
    public boolean isPrincipal() {
        return name().startsWith("PARTY_");
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
