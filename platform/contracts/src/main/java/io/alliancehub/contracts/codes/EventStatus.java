package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Status of an event. The moves between statuses (DRAFT → PUBLISHED → REGISTRATION_OPEN →
 * REGISTRATION_CLOSED → ONGOING → COMPLETED; CANCELLED from any state before COMPLETED) belong to
 * events-service; this list only names the states.
 */
@JsonClassDescription("Status of the event")
public enum EventStatus implements CodeList {
    DRAFT("草稿", "Draft"),
    PUBLISHED("已发布", "Published"),
    REGISTRATION_OPEN("报名中", "Registration open"),
    REGISTRATION_CLOSED("报名已截止", "Registration closed"),
    ONGOING("进行中", "Ongoing"),
    COMPLETED("已结束", "Completed"),
    CANCELLED("已取消", "Cancelled");

    private final String zh;
    private final String en;

    EventStatus(String zh, String en) {
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
