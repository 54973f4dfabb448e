package io.alliancehub.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.EventType;
import io.alliancehub.contracts.codes.EventVisibility;
import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.events.EventCancelled;
import io.alliancehub.contracts.events.events.EventPublished;
import io.alliancehub.contracts.events.events.RegistrationConfirmed;
import io.alliancehub.contracts.events.events.RegistrationWaitlisted;
import io.alliancehub.contracts.events.events.Venue;
import io.alliancehub.notifications.DirectoryStub;
import io.alliancehub.notifications.MailServer;
import io.alliancehub.testkit.AppliedEvents;
import io.alliancehub.testkit.CloudEventsPublisher;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** E-mail to people, through a real SMTP server (GreenMail), with addresses from events-service's directory. */
@QuarkusTest
class MailTest {

    static final OffsetDateTime STARTS = OffsetDateTime.parse("2027-04-13T09:00:00+08:00");

    static UUID publishedEvent(CloudEventsPublisher publisher) {
        UUID event = UUID.randomUUID();
        String id = publisher.publish(
                event,
                new EventPublished(
                        event,
                        1,
                        null,
                        EventType.SUB_FORUM,
                        LocalizedText.of("细胞治疗产业高峰论坛", "Cell Therapy Industry Summit Forum"),
                        EventStatus.PUBLISHED,
                        STARTS,
                        STARTS.plusHours(8),
                        "Asia/Shanghai",
                        new Venue("Junlai Shizun Hotel", "Wuxi"),
                        EventVisibility.PUBLIC,
                        120,
                        List.of(),
                        List.of(),
                        OffsetDateTime.now()));
        AppliedEvents.await(id);
        return event;
    }

    static DirectoryStub.Attendee attendee(UUID event, String name, String language) {
        DirectoryStub.Attendee a = new DirectoryStub.Attendee(
                UUID.randomUUID(), name, "a-" + UUID.randomUUID() + "@example.org", language);
        DirectoryStub.register(event, a);
        return a;
    }

    static RegistrationConfirmed confirmed(UUID event, UUID registration, boolean promoted) {
        return new RegistrationConfirmed(
                registration,
                event,
                null,
                RegistrationCategory.GUEST,
                promoted,
                OffsetDateTime.now(),
                OffsetDateTime.now());
    }

    /** The mail's text: the whole content, or the text part of a mail with attachments. */
    public static String text(MimeMessage m) {
        try {
            if (m.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                    if (part.getFileName() == null && part.isMimeType("text/plain")) {
                        return part.getContent().toString();
                    }
                }
                throw new AssertionError("no text part");
            }
            return m.getContent().toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The attachments of a mail by file name: their content type and bytes. */
    static Map<String, jakarta.mail.BodyPart> attachments(MimeMessage m) throws Exception {
        Map<String, jakarta.mail.BodyPart> found = new java.util.LinkedHashMap<>();
        if (m.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                if (part.getFileName() != null) {
                    found.put(part.getFileName(), part);
                }
            }
        }
        return found;
    }

    @Test
    void aPromotionFromTheWaitlistSendsOneMailInTheRecipientsLanguageAndARedeliveryNothingMore() throws Exception {
        try (CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            UUID event = publishedEvent(publisher);
            DirectoryStub.Attendee english = attendee(event, "Li Yishu", "en");
            DirectoryStub.Attendee chinese = attendee(event, "李四", null);

            String promoted = publisher.publish(event, confirmed(event, english.registrationId(), true));
            MimeMessage mail = MailServer.await(english.email(), 1).get(0);
            assertThat(mail.getSubject()).isEqualTo("A seat is yours: Cell Therapy Industry Summit Forum");
            assertThat(text(mail))
                    .contains("Dear Li Yishu")
                    .contains("13 April 2027, 09:00 (Asia/Shanghai)")
                    .contains("Junlai Shizun Hotel, Wuxi")
                    .contains(english.registrationId().toString());
            Map<String, jakarta.mail.BodyPart> attached = attachments(mail);
            assertThat(attached).as("the calendar entry and the ticket").containsOnlyKeys("event.ics", "ticket.png");
            assertThat(attached.get("ticket.png").isMimeType("image/png")).isTrue();
            assertThat(attached.get("ticket.png").getInputStream().readAllBytes())
                    .isEqualTo(DirectoryStub.ticket(english.registrationId()));
            assertThat(attached.get("event.ics").isMimeType("text/calendar")).isTrue();
            String ics = new String(
                    attached.get("event.ics").getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(ics)
                    .contains("BEGIN:VEVENT\r\n")
                    .contains("UID:" + english.registrationId() + "@alliancehub\r\n")
                    .contains("DTSTART:20270413T010000Z\r\n")
                    .contains("DTEND:20270413T090000Z\r\n")
                    .contains("SUMMARY:Cell Therapy Industry Summit Forum\r\n")
                    .contains("LOCATION:Junlai Shizun Hotel\\, Wuxi\r\n");

            // the same event again (a relay's retry): nothing more; then another attendee, who reads Chinese
            publisher.publish(promoted, event, confirmed(event, english.registrationId(), true));
            publisher.publish(event, confirmed(event, chinese.registrationId(), true));
            MimeMessage chineseMail = MailServer.await(chinese.email(), 1).get(0);
            assertThat(chineseMail.getSubject()).isEqualTo("候补转正：您已获得 细胞治疗产业高峰论坛 的参会名额");
            assertThat(text(chineseMail)).contains("李四，您好").contains("2027年4月13日 09:00");
            assertThat(MailServer.to(english.email()))
                    .as("one mail per event and recipient")
                    .hasSize(1);
            assertThat(DirectoryStub.callers())
                    .as("addresses were read with the notifier token")
                    .allMatch(c -> c.startsWith("notifications-service ") && c.contains("notifier"));
        }
    }

    @Test
    void nobodyIsMailedAboutWhatHappenedBeforeTheServiceExisted() throws Exception {
        try (CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            UUID event = publishedEvent(publisher);
            DirectoryStub.Attendee old = attendee(event, "Old History", "en");
            DirectoryStub.Attendee now = attendee(event, "Right Now", "en");
            String history = publisher.publishAt(
                    OffsetDateTime.now().minusDays(30), event, confirmed(event, old.registrationId(), false));
            AppliedEvents.await(history);
            publisher.publish(event, confirmed(event, now.registrationId(), false));
            assertThat(MailServer.await(now.email(), 1).get(0).getSubject())
                    .isEqualTo("Registration confirmed: Cell Therapy Industry Summit Forum");
            assertThat(MailServer.to(old.email()))
                    .as("a replayed event from before the epoch")
                    .isEmpty();
        }
    }

    @Test
    void theMailServerDownThenUpTheMailArrivesOnce() throws Exception {
        try (CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            UUID event = publishedEvent(publisher);
            DirectoryStub.Attendee a = attendee(event, "王五", "zh");
            MailServer.stopServer();
            try {
                String id = publisher.publish(
                        event,
                        new RegistrationWaitlisted(
                                a.registrationId(),
                                event,
                                null,
                                RegistrationCategory.GUEST,
                                3,
                                OffsetDateTime.now(),
                                OffsetDateTime.now()));
                AppliedEvents.await(id);
                Thread.sleep(2_500); // several attempts fail while the server is down
            } finally {
                MailServer.startServer();
            }
            MimeMessage mail = MailServer.await(a.email(), 1).get(0);
            assertThat(mail.getSubject()).isEqualTo("已进入候补名单：细胞治疗产业高峰论坛");
            assertThat(text(mail)).contains("第 3 位");
            Thread.sleep(2_000);
            assertThat(MailServer.to(a.email())).hasSize(1);
        }
    }

    @Test
    void aCancelledEventIsToldToEachOfItsAttendeesOnce() throws Exception {
        try (CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            UUID event = publishedEvent(publisher);
            DirectoryStub.Attendee first = attendee(event, "Zhao Liu", "en");
            DirectoryStub.Attendee second = attendee(event, "钱七", "zh");
            EventCancelled cancelled = new EventCancelled(
                    event,
                    2,
                    null,
                    EventType.SUB_FORUM,
                    LocalizedText.of("细胞治疗产业高峰论坛", "Cell Therapy Industry Summit Forum"),
                    EventStatus.CANCELLED,
                    STARTS,
                    STARTS.plusHours(8),
                    "Asia/Shanghai",
                    new Venue("Junlai Shizun Hotel", "Wuxi"),
                    EventVisibility.PUBLIC,
                    120,
                    List.of(),
                    List.of(),
                    "venue unavailable",
                    "admin:secretariat",
                    OffsetDateTime.now());
            String id = publisher.publish(event, cancelled);
            publisher.publish(id, event, cancelled);
            assertThat(MailServer.await(first.email(), 1).get(0).getSubject())
                    .isEqualTo("Cancelled: Cell Therapy Industry Summit Forum");
            assertThat(MailServer.await(second.email(), 1).get(0).getSubject()).isEqualTo("活动取消通知：细胞治疗产业高峰论坛");
            Awaitility.await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
            assertThat(MailServer.to(first.email())).hasSize(1);
            assertThat(MailServer.to(second.email())).hasSize(1);
        }
    }
}
