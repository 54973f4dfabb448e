package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Who may see an agreement: everyone, member organisations, or only its parties.
 */
@JsonClassDescription("Visibility of the agreement")
public enum AgreementVisibility implements CodeList {
    PUBLIC("公开", "Public"),
    MEMBERS("仅限会员", "Members only"),
    PARTIES("仅限协议各方", "Parties only");

    private final String zh;
    private final String en;

    AgreementVisibility(String zh, String en) {
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
