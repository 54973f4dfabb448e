package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Category of an event registration (the attendee's capacity at the event).
 */
@JsonClassDescription("Category of the registration")
public enum RegistrationCategory implements CodeList {
    MEMBER("会员代表", "Member"),
    GUEST("嘉宾", "Guest"),
    SPEAKER("演讲嘉宾", "Speaker"),
    PRESS("媒体", "Press"),
    VIP("贵宾", "VIP");

    private final String zh;
    private final String en;

    RegistrationCategory(String zh, String en) {
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
