package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Kind of a session (agenda item) of an event.
 */
@JsonClassDescription("Kind of a session of an event")
public enum SessionKind implements CodeList {
    KEYNOTE("主旨演讲", "Keynote"),
    SPEECH("专题演讲", "Speech"),
    PANEL("圆桌讨论", "Panel discussion"),
    SIGNING("签约", "Signing"),
    RELEASE("成果发布", "Release"),
    EXHIBITION_TOUR("参观展览", "Exhibition tour"),
    BREAK("茶歇", "Break");

    private final String zh;
    private final String en;

    SessionKind(String zh, String en) {
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
