package io.alliancehub.notifications.domain;

/**
 * What an e-mail tells its recipient; each has a template per language ({@code templates/mail/<kind>.<lang>.txt}:
 * the first line is the subject). Reminders are the kinds a person may switch off.
 */
public enum MailKind {
    REGISTRATION_CONFIRMED(false, "报名确认", "Registration confirmed"),
    REGISTRATION_WAITLISTED(false, "候补通知", "Waitlisted"),
    REGISTRATION_PROMOTED(false, "候补转正", "Promoted from the waitlist"),
    EVENT_CANCELLED(false, "活动取消", "Event cancelled"),
    MEMBERSHIP_TERM_ENDING(true, "会员任期即将届满", "Membership term ending"),
    MEMBERSHIP_LAPSED(true, "会员资格失效", "Membership lapsed"),
    AGREEMENT_EXPIRING(true, "协议即将到期", "Agreement expiring"),
    MILESTONE_OVERDUE(true, "里程碑逾期", "Milestone overdue"),
    WEBHOOK_DISABLED(false, "Webhook 订阅停用", "Webhook subscription disabled");

    private final boolean reminder;
    private final String labelZh;
    private final String labelEn;

    MailKind(boolean reminder, String labelZh, String labelEn) {
        this.reminder = reminder;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** What it is called on the opt-out page. */
    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** A reminder, which its recipient may switch off; the others answer something the person did. */
    public boolean reminder() {
        return reminder;
    }

    /** The template's name for a language. */
    public String template(Language language) {
        return "mail/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "." + language.code();
    }
}
