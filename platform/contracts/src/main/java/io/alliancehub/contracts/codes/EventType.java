package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Type of an alliance event, from forums and summits to signing ceremonies.
 */
@JsonClassDescription("Type of the event")
public enum EventType implements CodeList {
    FORUM("论坛", "Forum"),
    SUMMIT("峰会", "Summit"),
    SUB_FORUM("分论坛", "Sub-forum"),
    ANNUAL_MEETING("年会", "Annual meeting"),
    CONFERENCE("大会", "Conference"),
    WORKSHOP("研讨会", "Workshop"),
    EXHIBITION("展览", "Exhibition"),
    SIGNING_CEREMONY("签约仪式", "Signing ceremony");

    private final String zh;
    private final String en;

    EventType(String zh, String en) {
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
