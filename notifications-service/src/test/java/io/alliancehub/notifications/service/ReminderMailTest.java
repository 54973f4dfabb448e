package io.alliancehub.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

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
