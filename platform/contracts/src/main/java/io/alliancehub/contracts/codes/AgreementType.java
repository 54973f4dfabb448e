package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Type of a cooperation agreement.
 */
@JsonClassDescription("Type of the agreement")
public enum AgreementType implements CodeList {
    FRAMEWORK_AGREEMENT("框架协议", "Framework agreement"),
    COOPERATION_AGREEMENT("合作协议", "Cooperation agreement"),
    PROJECT_CONTRACT("项目合同", "Project contract"),
    MOU("谅解备忘录", "Memorandum of understanding"),
    CO_BUILDING("共建协议", "Co-building agreement");

    private final String zh;
    private final String en;

    AgreementType(String zh, String en) {
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
