package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Sector of a member organisation (the 政产学研用融 linkage plus testing bodies and hospitals).
 */
@JsonClassDescription("Sector of the organisation")
public enum Sector implements CodeList {
    GOVERNMENT("政府部门", "Government"),
    ENTERPRISE("企业", "Enterprise"),
    UNIVERSITY("高校", "University"),
    RESEARCH_INSTITUTE("科研院所", "Research institute"),
    HOSPITAL("医院", "Hospital"),
    INVESTOR("投资机构", "Investor"),
    TESTING_BODY("检测机构", "Testing body"),
    INDUSTRY_ASSOCIATION("行业协会", "Industry association"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    Sector(String zh, String en) {
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
