package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Status of an event registration. The moves between statuses (PENDING → CONFIRMED | WAITLISTED;
 * WAITLISTED → CONFIRMED; CONFIRMED → CHECKED_IN; CANCELLED from any state before CHECKED_IN) belong to
 * events-service; this list only names the states.
 */
@JsonClassDescription("Status of a registration")
public enum RegistrationStatus implements CodeList {
    PENDING("待确认", "Pending"),
    CONFIRMED("已确认", "Confirmed"),
    WAITLISTED("候补中", "Waitlisted"),
    CHECKED_IN("已签到", "Checked in"),
    CANCELLED("已取消", "Cancelled");

    private final String zh;
    private final String en;

    RegistrationStatus(String zh, String en) {
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
