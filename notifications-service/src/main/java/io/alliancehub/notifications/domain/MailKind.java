package io.alliancehub.notifications.domain;

/**
 * What an e-mail tells its recipient; each has a template per language ({@code templates/mail/<kind>.<lang>.txt}:
 * the first line is the subject). Reminders are the kinds a person may switch off.
 */
public enum MailKind {
    REGISTRATION_CONFIRMED(false),
    REGISTRATION_WAITLISTED(false),
    REGISTRATION_PROMOTED(false),
    EVENT_CANCELLED(false),
    MEMBERSHIP_TERM_ENDING(true),
    MEMBERSHIP_LAPSED(true),
    AGREEMENT_EXPIRING(true),
    MILESTONE_OVERDUE(true),
    WEBHOOK_DISABLED(false);

    private final boolean reminder;

    MailKind(boolean reminder) {
        this.reminder = reminder;
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
