package io.alliancehub.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The calendar entry (iCalendar, RFC 5545) attached to a confirmation mail, so the attendee's calendar holds the
 * event. Written here rather than with a library: one VEVENT of five properties needs only the format's escaping
 * and line folding, and no iCalendar library is served to this build (ical4j and biweekly are not).
 */
public final class CalendarEntry {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private CalendarEntry() {}

    /**
     * A PUBLISH calendar with one event; {@code uid} stays the same for the same registration, so a second mail
     * (promoted after a cancellation) updates the entry instead of adding one.
     */
    public static String of(
            String uid, String summary, OffsetDateTime start, OffsetDateTime end, String location, OffsetDateTime now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Alliance Hub//notifications-service//EN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + escape(uid));
        line(ics, "DTSTAMP:" + utc(now));
        line(ics, "DTSTART:" + utc(start));
        if (end != null) {
            line(ics, "DTEND:" + utc(end));
        }
        line(ics, "SUMMARY:" + escape(summary));
        if (location != null && !location.isBlank()) {
            line(ics, "LOCATION:" + escape(location));
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).format(UTC);
    }

    /** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /**
     * A content line ends in CRLF and is folded before 75 octets, a continuation starting with a space (RFC 5545
     * 3.1); a multi-byte UTF-8 character (Chinese titles) is never split.
     */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
