package io.alliancehub.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CalendarEntryTest {

    static final OffsetDateTime START = OffsetDateTime.parse("2027-04-13T09:00:00+08:00");

    @Test
    void anEventInUtcWithItsTextEscaped() {
        String ics = CalendarEntry.of(
                "r-1@alliancehub", "Summit; forum, day 1", START, START.plusHours(8), "Hall A, Wuxi", START);
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("METHOD:PUBLISH\r\n")
                .contains("DTSTART:20270413T010000Z\r\n")
                .contains("DTEND:20270413T090000Z\r\n")
                .contains("SUMMARY:Summit\\; forum\\, day 1\r\n")
                .contains("LOCATION:Hall A\\, Wuxi\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void longLinesAreFoldedBefore75OctetsWithoutSplittingAChineseCharacter() {
        String title = "第二届中国细胞与基因治疗产业高峰论坛暨大连先行示范区建设推进会分论坛：临床转化与监管科学";
        String ics = CalendarEntry.of("r-2@alliancehub", title, START, null, null, START);
        assertThat(ics).doesNotContain("DTEND").doesNotContain("LOCATION");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + title + "\r\n");
    }
}
