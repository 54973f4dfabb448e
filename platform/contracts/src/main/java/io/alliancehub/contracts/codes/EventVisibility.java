package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Who may see and register for an event: everyone, or only organisations whose membership is in good
 * standing.
 */
@JsonClassDescription("Visibility of the event")
public enum EventVisibility implements CodeList {
    PUBLIC("公开", "Public"),
    MEMBERS("仅限会员", "Members only");

    private final String zh;
    private final String en;

    EventVisibility(String zh, String en) {
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
