package io.alliancehub.notifications.domain;

/** The languages e-mails are written in; Chinese unless the recipient chose English. */
public enum Language {
    ZH("zh"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The language of a recipient's preference ({@code zh}, {@code en}); Chinese when absent or unknown. */
    public static Language of(String preference) {
        return "en".equalsIgnoreCase(preference == null ? "" : preference.trim()) ? EN : ZH;
    }
}
