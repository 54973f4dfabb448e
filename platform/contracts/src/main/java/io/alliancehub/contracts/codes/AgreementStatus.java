package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Status of an agreement. The moves between statuses (DRAFT → UNDER_REVIEW → NEGOTIATION → SIGNING (the
 * first party signed) → SIGNED (the last party signed) → ACTIVE → COMPLETED | EXPIRED; TERMINATED from SIGNED
 * or ACTIVE) belong to agreements-service; this list only names the states.
 */
@JsonClassDescription("Status of the agreement")
public enum AgreementStatus implements CodeList {
    DRAFT("草稿", "Draft"),
    UNDER_REVIEW("审核中", "Under review"),
    NEGOTIATION("协商中", "In negotiation"),
    SIGNING("签署中", "Being signed"),
    SIGNED("已签署", "Signed"),
    ACTIVE("履行中", "Active"),
    COMPLETED("已完成", "Completed"),
    EXPIRED("已到期", "Expired"),
    TERMINATED("已终止", "Terminated");

    private final String zh;
    private final String en;

    AgreementStatus(String zh, String en) {
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
