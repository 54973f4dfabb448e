package io.alliancehub.notifications.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.MilestoneStatus;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.agreements.AgreementExpiring;
import io.alliancehub.contracts.events.agreements.MilestoneOverdue;
import io.alliancehub.contracts.events.agreements.Party;
import io.alliancehub.contracts.events.members.MembershipStatusChanged;
import io.alliancehub.notifications.DirectoryStub;
import io.alliancehub.notifications.MailServer;
import io.alliancehub.testkit.AppliedEvents;
import io.alliancehub.testkit.CloudEventsPublisher;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reminders to an organisation's representatives, in each one's language, through GreenMail. */
@QuarkusTest
class ReminderMailTest {

    @Inject
    TermReminders termReminders;

    static MembershipStatusChanged active(UUID org, LocalDate termEnd, OffsetDateTime at) {
        return new MembershipStatusChanged(
                org,
                MembershipTier.MEMBER,
                MembershipStatus.APPROVED,
                MembershipStatus.ACTIVE,
                "ACTIVATE",
                null,
                "admin-1",
                termEnd.minusYears(1).plusDays(1),
                termEnd,
                at);
    }

    record Organisation(
            UUID id, DirectoryStub.Contact primary, DirectoryStub.Contact deputy, DirectoryStub.Contact liaison) {}

    static DirectoryStub.Contact contact(UUID org, String zh, String en, String language, String role) {
        DirectoryStub.Contact c = new DirectoryStub.Contact(
                UUID.randomUUID(),
                Map.of("zh", zh, "en", en),
                "c-" + UUID.randomUUID() + "@example.org",
                language,
                role);
        DirectoryStub.represent(org, c);
        return c;
    }

    static Organisation organisation() {
        UUID id = UUID.randomUUID();
        return new Organisation(
                id,
                contact(id, "李诣书", "Li Yishu", "en", "PRIMARY_REPRESENTATIVE"),
                contact(id, "王副", "Wang Fu", null, "DEPUTY_REPRESENTATIVE"),
                contact(id, "赵联络", "Zhao Lian", "zh", "LIAISON"));
    }

    static AgreementExpiring expiring(UUID agreement, UUID member, int daysLeft) {
        return new AgreementExpiring(
                agreement,
                4,
                "DL-FTA-DMU-2021-001",
                LocalizedText.of("共建大连基因细胞治疗先行示范区框架协议", "Framework agreement on a gene and cell therapy pilot zone"),
                AgreementType.FRAMEWORK_AGREEMENT,
                AgreementStatus.ACTIVE,
                AgreementVisibility.PUBLIC,
                List.of(
                        Party.member(member, PartyRole.PARTY_A),
                        Party.external(LocalizedText.en("Dalian Medical University"), PartyRole.PARTY_B)),
                List.of(),
                LocalDate.of(2021, 4, 19),
                LocalDate.now().plusDays(daysLeft),
                null,
                0,
                daysLeft,
                OffsetDateTime.now());
    }

    @Test
    void anExpiringAgreementAndAnOverdueMilestoneReachEachMemberPartysRepresentativesOnce() throws Exception {
        try (CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            Organisation org = organisation();
            UUID agreement = UUID.randomUUID();
            String first = publisher.publish(agreement, expiring(agreement, org.id(), 30));
            publisher.publish(first, agreement, expiring(agreement, org.id(), 30));

            MimeMessage english = MailServer.await(org.primary().email(), 1).get(0);
            assertThat(english.getSubject())
                    .isEqualTo("Agreement expiring: Framework agreement on a gene and cell therapy pilot zone");
            assertThat(english.getContent().toString())
                    .contains("Dear Li Yishu")
                    .contains("30 days");
            MimeMessage chinese = MailServer.await(org.deputy().email(), 1).get(0);
            assertThat(chinese.getSubject()).isEqualTo("协议即将到期：共建大连基因细胞治疗先行示范区框架协议");
            assertThat(chinese.getContent().toString()).contains("王副，您好").contains("DL-FTA-DMU-2021-001");

            String overdue = publisher.publish(
                    agreement,
                    new MilestoneOverdue(
                            UUID.randomUUID(),
                            agreement,
                            LocalizedText.of("细胞治疗临床医学中心建成", "Clinical centre for cell therapy built"),
                            PartyRole.PARTY_A,
                            LocalDate.of(2026, 6, 30),
                            MilestoneStatus.IN_PROGRESS,
                            OffsetDateTime.now()));
            AppliedEvents.await(overdue);
            assertThat(MailServer.await(org.primary().email(), 2).get(1).getSubject())
                    .isEqualTo("Milestone overdue: Clinical centre for cell therapy built");
            assertThat(MailServer.await(org.deputy().email(), 2).get(1).getSubject())
                    .isEqualTo("里程碑逾期：细胞治疗临床医学中心建成");
            Thread.sleep(1000);
            assertThat(MailServer.to(org.primary().email()))
                    .as("once per event and recipient")
                    .hasSize(2);
            assertThat(MailServer.to(org.liaison().email()))
                    .as("a liaison is not a representative")
                    .isEmpty();
        }
    }

    @Test
    void aTermEndingIsRemindedOnceAtEachThresholdAndTheLinkInTheMailSwitchesThatReminderOffAndOn() throws Exception {
        try (CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            Organisation org = organisation();
            LocalDate today = LocalDate.of(2027, 3, 1);
            AppliedEvents.await(
                    publisher.publish(org.id(), active(org.id(), today.plusDays(45), OffsetDateTime.now())));

            assertThat(termReminders.remind(today))
                    .as("the 60-day reminder, 45 days before")
                    .isEqualTo(1);
            assertThat(termReminders.remind(today))
                    .as("a second sweep, or another replica's")
                    .isZero();
            assertThat(termReminders.remind(today.plusDays(10)))
                    .as("still the 60-day window")
                    .isZero();
            MimeMessage mail = MailServer.await(org.primary().email(), 1).get(0);
            assertThat(mail.getSubject()).isEqualTo("Your organisation's membership term ends in 45 days");
            String text = mail.getContent().toString();
            assertThat(text)
                    .contains("Dear Li Yishu")
                    .contains(today.plusDays(45).toString());
            String link = text.substring(text.indexOf("http://127.0.0.1:8080/api/v1/notifications/opt-outs/"))
                    .strip();
            assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<" + link + ">");
            assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
            String path = link.substring("http://127.0.0.1:8080".length());

            // a person opening the link in a browser: a page with a button, and opening it changes nothing
            given().accept("text/html,application/xhtml+xml,*/*;q=0.8")
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType("text/html")
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .body(containsString("Membership term ending"))
                    .body(containsString("<form method=\"post\">"));
            given().get(path).then().statusCode(200).body("optedOut", is(false));
            // the mail client's one-click unsubscribe: reminders of this kind stop, other kinds go on
            given().post(path).then().statusCode(200).body("kind", is("MEMBERSHIP_TERM_ENDING"), "optedOut", is(true));
            given().get(path).then().statusCode(200).body("optedOut", is(true));
            given().accept("text/html")
                    .post(path)
                    .then()
                    .statusCode(200)
                    .body(containsString("These reminders are switched off"))
                    .body(not(containsString("<form")));
            assertThat(termReminders.remind(today.plusDays(16)))
                    .as("the 30-day reminder is queued")
                    .isEqualTo(1);
            UUID agreement = UUID.randomUUID();
            publisher.publish(agreement, expiring(agreement, org.id(), 30));
            assertThat(MailServer.await(org.primary().email(), 2).get(1).getSubject())
                    .startsWith("Agreement expiring");
            Thread.sleep(1000);
            assertThat(MailServer.to(org.primary().email()))
                    .as("the 30-day term reminder was not sent")
                    .hasSize(2);

            // on again: the 7-day reminder arrives, with the same link
            given().delete(path).then().statusCode(200).body("optedOut", is(false));
            assertThat(termReminders.remind(today.plusDays(40))).isEqualTo(1);
            MimeMessage last = MailServer.await(org.primary().email(), 3).get(2);
            assertThat(last.getSubject()).isEqualTo("Your organisation's membership term ends in 5 days");
            assertThat(last.getContent().toString()).contains(link);
            given().get("/api/v1/notifications/opt-outs/unknown-link").then().statusCode(404);
            // a malformed or oversized link id is an unknown link too, never a 500
            given().urlEncodingEnabled(false)
                    .post("/api/v1/notifications/opt-outs/a%00b")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().get("/api/v1/notifications/opt-outs/" + "x".repeat(500))
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aRenewedTermStartsItsRemindersAfreshAndATermNoLongerActiveIsNotReminded() throws Exception {
        try (CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            Organisation org = organisation();
            LocalDate today = LocalDate.of(2027, 5, 1);
            OffsetDateTime at = OffsetDateTime.now();
            AppliedEvents.await(publisher.publish(org.id(), active(org.id(), today.plusDays(7), at)));
            assertThat(termReminders.remind(today)).isEqualTo(1);
            // renewed: a new term end, whose first reminder is months away
            AppliedEvents.await(publisher.publish(org.id(), active(org.id(), today.plusYears(1), at.plusSeconds(1))));
            assertThat(termReminders.remind(today.plusDays(1))).isZero();
            // an older change arriving late does not bring the old term back
            AppliedEvents.await(publisher.publish(org.id(), active(org.id(), today.plusDays(7), at)));
            assertThat(termReminders.remind(today.plusDays(2))).isZero();
            MailServer.await(org.primary().email(), 1);
            Thread.sleep(1000);
            assertThat(MailServer.to(org.primary().email())).hasSize(1);
        }
    }

    @Test
    void termsPublishedTogetherAreKeptAsTheNewestChangeOfEachOrganisationSays() throws Exception {
        try (CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            Organisation renewed = organisation();
            Organisation ending = organisation();
            LocalDate today = LocalDate.of(2029, 6, 1); // no other test reminds within 60 days of it
            OffsetDateTime at = OffsetDateTime.now();
            // sent at once, so that a poll carries several changes of one organisation: the renewal, then an older
            // change arriving late; the terms of a poll are written with one statement (MailIntake.keepTerms)
            List<String> ids = List.of(
                    publisher.publish(renewed.id(), active(renewed.id(), today.plusDays(7), at)),
                    publisher.publish(renewed.id(), active(renewed.id(), today.plusYears(1), at.plusSeconds(1))),
                    publisher.publish(renewed.id(), active(renewed.id(), today.plusDays(7), at)),
                    publisher.publish(ending.id(), active(ending.id(), today.plusDays(7), at)));
            ids.forEach(AppliedEvents::await);
            assertThat(termReminders.remind(today))
                    .as("only the organisation whose term ends in 7 days is reminded")
                    .isEqualTo(1);
            MailServer.await(ending.primary().email(), 1);
            Thread.sleep(1000);
            assertThat(MailServer.to(renewed.primary().email())).isEmpty();
        }
    }

    @Test
    void aLapsedMembershipIsToldToThePrimaryRepresentativeOnly() throws Exception {
        try (CloudEventsPublisher publisher = new CloudEventsPublisher()) {
            Organisation org = organisation();
            publisher.publish(
                    org.id(),
                    new MembershipStatusChanged(
                            org.id(),
                            MembershipTier.MEMBER,
                            MembershipStatus.GRACE,
                            MembershipStatus.LAPSED,
                            "LAPSE",
                            null,
                            "system",
                            LocalDate.of(2025, 1, 1),
                            LocalDate.of(2025, 12, 31),
                            OffsetDateTime.now()));
            MimeMessage mail = MailServer.await(org.primary().email(), 1).get(0);
            assertThat(mail.getSubject()).isEqualTo("Your organisation's membership has lapsed");
            assertThat(mail.getContent().toString()).contains("2025-12-31");
            Thread.sleep(1000);
            assertThat(MailServer.to(org.deputy().email())).isEmpty();
        }
    }
}
