package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Status of an agreement milestone; the move to OVERDUE is date-driven.
 */
@JsonClassDescription("Status of a milestone")
public enum MilestoneStatus implements CodeList {
    PLANNED("计划中", "Planned"),
    IN_PROGRESS("进行中", "In progress"),
    DONE("已完成", "Done"),
    OVERDUE("已逾期", "Overdue");

    private final String zh;
    private final String en;

    MilestoneStatus(String zh, String en) {
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
