package io.alliancehub.contracts.events;

import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.EventType;
import io.alliancehub.contracts.codes.EventVisibility;
import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.MilestoneStatus;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.codes.PartyStanding;
import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.codes.RegistrationStatus;
import io.alliancehub.contracts.codes.Sector;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.agreements.AgreementActivated;
import io.alliancehub.contracts.events.agreements.AgreementAmended;
import io.alliancehub.contracts.events.agreements.AgreementCompleted;
import io.alliancehub.contracts.events.agreements.AgreementDrafted;
import io.alliancehub.contracts.events.agreements.AgreementExpired;
import io.alliancehub.contracts.events.agreements.AgreementExpiring;
import io.alliancehub.contracts.events.agreements.AgreementPartySigned;
import io.alliancehub.contracts.events.agreements.AgreementSigned;
import io.alliancehub.contracts.events.agreements.AgreementTerminated;
import io.alliancehub.contracts.events.agreements.MilestoneCompleted;
import io.alliancehub.contracts.events.agreements.MilestoneOverdue;
import io.alliancehub.contracts.events.agreements.Party;
import io.alliancehub.contracts.events.agreements.PartyStandingChanged;
import io.alliancehub.contracts.events.agreements.SignedAt;
import io.alliancehub.contracts.events.events.AttendeeCheckedIn;
import io.alliancehub.contracts.events.events.EventCancelled;
import io.alliancehub.contracts.events.events.EventCompleted;
import io.alliancehub.contracts.events.events.EventPublished;
import io.alliancehub.contracts.events.events.EventUpdated;
import io.alliancehub.contracts.events.events.RegistrationCancelled;
import io.alliancehub.contracts.events.events.RegistrationConfirmed;
import io.alliancehub.contracts.events.events.RegistrationWaitlisted;
import io.alliancehub.contracts.events.events.Venue;
import io.alliancehub.contracts.events.members.MembershipStatusChanged;
import io.alliancehub.contracts.events.members.OrganizationRegistered;
import io.alliancehub.contracts.events.members.OrganizationUpdated;
import io.alliancehub.contracts.events.notifications.WebhookSubscriptionDisabled;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sample payloads: a full one and a minimal one (only required fields) per event type. They are also the
 * examples of the generated AsyncAPI document ({@link AsyncApiGenerator}): changing one means regenerating it.
 */
final class Samples {

    static final UUID BOYA = UUID.fromString("0195f3a4-7b00-7c3e-8a2d-5e4f3b2a1c10");
    static final UUID DMU = UUID.fromString("0195f3a4-7b00-7c3e-8a2d-5e4f3b2a1c11");

    /** The founding summit (events-service) and one of its sub-forums. */
    static final UUID SUMMIT = UUID.fromString("0195f3a4-8000-7a11-9c00-1a2b3c4d5e01");

    static final UUID SUB_FORUM = UUID.fromString("0195f3a4-8000-7a11-9c00-1a2b3c4d5e02");
    static final UUID REGISTRATION = UUID.fromString("0195f3a4-8100-7b22-8d11-2b3c4d5e6f01");
    static final UUID PRESS_REGISTRATION = UUID.fromString("0195f3a4-8100-7b22-8d11-2b3c4d5e6f02");

    /** A framework agreement (agreements-service), its first amendment and a milestone. */
    static final UUID AGREEMENT = UUID.fromString("0195f3a4-9000-7c33-9e22-3c4d5e6f7a01");

    static final UUID AMENDMENT = UUID.fromString("0195f3a4-9000-7c33-9e22-3c4d5e6f7a02");
    static final UUID MILESTONE = UUID.fromString("0195f3a4-9100-7d44-8f33-4d5e6f7a8b01");

    static final ZoneOffset CST = ZoneOffset.ofHours(8);
    static final String ADMIN = "admin-7f3c";

    static final LocalizedText SUB_FORUM_TITLE =
            LocalizedText.of("细胞治疗临床转化分论坛", "Cell Therapy Clinical Translation Sub-forum");
    static final LocalizedText SUMMIT_TITLE = LocalizedText.en("Cell Therapy Alliance Founding Summit");
    static final LocalizedText AGREEMENT_TITLE =
            LocalizedText.of("细胞治疗产业战略合作框架协议", "Strategic Cooperation Framework Agreement on Cell Therapy");
    static final LocalizedText WUXI_HEALTH = LocalizedText.of("无锡市卫生健康委员会", "Wuxi Municipal Health Commission");

    private Samples() {}

    static OrganizationRegistered registered() {
        return new OrganizationRegistered(
                BOYA,
                0,
                new LocalizedText("博雅控股集团", "Boya Holding Group"),
                new LocalizedText("博雅", "Boya"),
                Sector.ENTERPRISE,
                "91320200MA149MQEP9",
                "CN",
                "Jiangsu",
                "Wuxi",
                List.of(Field.CELL_THERAPY, Field.STEM_CELLS, Field.BIOBANKING),
                MembershipTier.INITIATOR,
                MembershipStatus.APPLIED,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31));
    }

    static OrganizationRegistered registeredMinimal() {
        return new OrganizationRegistered(
                DMU,
                0,
                LocalizedText.en("Dalian Medical University"),
                null,
                Sector.UNIVERSITY,
                null,
                null,
                null,
                null,
                null,
                MembershipTier.MEMBER,
                MembershipStatus.APPLIED,
                null,
                null);
    }

    static OrganizationUpdated updated() {
        return new OrganizationUpdated(
                BOYA,
                3,
                new LocalizedText("博雅控股集团", "Boya Holding Group"),
                new LocalizedText("博雅", "Boya"),
                Sector.ENTERPRISE,
                "91320200MA149MQEP9",
                "CN",
                "Jiangsu",
                "Wuxi",
                List.of(Field.CELL_THERAPY, Field.CAR_T, Field.CDMO),
                MembershipTier.VICE_CHAIR,
                MembershipStatus.ACTIVE,
                List.of("fields", "website", "address.city"),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31));
    }

    static OrganizationUpdated updatedMinimal() {
        return new OrganizationUpdated(
                DMU,
                1,
                LocalizedText.zh("大连医科大学"),
                null,
                Sector.UNIVERSITY,
                null,
                null,
                null,
                null,
                List.of(),
                MembershipTier.MEMBER,
                MembershipStatus.APPROVED,
                List.of(),
                null,
                null);
    }

    static MembershipStatusChanged statusChanged() {
        return new MembershipStatusChanged(
                BOYA,
                MembershipTier.INITIATOR,
                MembershipStatus.APPROVED,
                MembershipStatus.ACTIVE,
                "ACTIVATE",
                "Council vote 2019-04-13",
                "admin-7f3c",
                LocalDate.of(2019, 4, 13),
                LocalDate.of(2022, 4, 12),
                OffsetDateTime.of(2019, 4, 13, 9, 30, 0, 0, ZoneOffset.ofHours(8)));
    }

    static MembershipStatusChanged statusChangedMinimal() {
        return new MembershipStatusChanged(
                DMU,
                MembershipTier.MEMBER,
                MembershipStatus.APPLIED,
                MembershipStatus.REJECTED,
                "REJECT",
                null,
                "system",
                null,
                null,
                OffsetDateTime.of(2021, 4, 19, 10, 0, 0, 0, ZoneOffset.UTC));
    }

    // ------------------------------------------------------------------ events-service

    static OffsetDateTime at(int month, int day, int hour, int minute) {
        return OffsetDateTime.of(2019, month, day, hour, minute, 0, 0, CST);
    }

    static EventPublished eventPublished() {
        return new EventPublished(
                SUB_FORUM,
                1,
                SUMMIT,
                EventType.SUB_FORUM,
                SUB_FORUM_TITLE,
                EventStatus.PUBLISHED,
                at(4, 13, 13, 30),
                at(4, 13, 17, 30),
                "Asia/Shanghai",
                new Venue("Boya International Conference Center, Hall B", "Wuxi"),
                EventVisibility.PUBLIC,
                300,
                List.of(BOYA),
                List.of(DMU),
                at(3, 1, 10, 0));
    }

    static EventPublished eventPublishedMinimal() {
        return new EventPublished(
                SUMMIT,
                1,
                null,
                EventType.SUMMIT,
                SUMMIT_TITLE,
                EventStatus.PUBLISHED,
                at(4, 13, 9, 0),
                at(4, 14, 17, 30),
                "Asia/Shanghai",
                null,
                EventVisibility.MEMBERS,
                null,
                null,
                null,
                at(3, 1, 10, 0));
    }

    static EventUpdated eventUpdated() {
        return new EventUpdated(
                SUB_FORUM,
                4,
                SUMMIT,
                EventType.SUB_FORUM,
                SUB_FORUM_TITLE,
                EventStatus.REGISTRATION_OPEN,
                at(4, 13, 13, 30),
                at(4, 13, 18, 0),
                "Asia/Shanghai",
                new Venue("Boya International Conference Center, Hall C", "Wuxi"),
                EventVisibility.PUBLIC,
                450,
                List.of(BOYA),
                List.of(DMU),
                List.of("status", "venue.name", "capacity", "endsAt"),
                at(3, 15, 9, 0));
    }

    static EventUpdated eventUpdatedMinimal() {
        return new EventUpdated(
                SUMMIT,
                2,
                null,
                EventType.SUMMIT,
                SUMMIT_TITLE,
                EventStatus.REGISTRATION_OPEN,
                at(4, 13, 9, 0),
                at(4, 14, 17, 30),
                "Asia/Shanghai",
                null,
                EventVisibility.MEMBERS,
                null,
                List.of(),
                List.of(),
                null,
                at(3, 2, 9, 0));
    }

    static EventCancelled eventCancelled() {
        return new EventCancelled(
                SUB_FORUM,
                7,
                SUMMIT,
                EventType.SUB_FORUM,
                SUB_FORUM_TITLE,
                EventStatus.CANCELLED,
                at(4, 13, 13, 30),
                at(4, 13, 18, 0),
                "Asia/Shanghai",
                new Venue("Boya International Conference Center, Hall C", "Wuxi"),
                EventVisibility.PUBLIC,
                450,
                List.of(BOYA),
                List.of(DMU),
                "Merged into the main summit programme",
                ADMIN,
                at(4, 2, 16, 45));
    }

    static EventCancelled eventCancelledMinimal() {
        return new EventCancelled(
                SUMMIT,
                3,
                null,
                EventType.SUMMIT,
                SUMMIT_TITLE,
                EventStatus.CANCELLED,
                at(4, 13, 9, 0),
                at(4, 14, 17, 30),
                "Asia/Shanghai",
                null,
                EventVisibility.MEMBERS,
                null,
                null,
                null,
                null,
                ADMIN,
                at(3, 20, 11, 0));
    }

    static EventCompleted eventCompleted() {
        return new EventCompleted(
                SUB_FORUM,
                9,
                SUMMIT,
                EventType.SUB_FORUM,
                SUB_FORUM_TITLE,
                EventStatus.COMPLETED,
                at(4, 13, 13, 30),
                at(4, 13, 18, 0),
                "Asia/Shanghai",
                new Venue(null, "Wuxi"),
                EventVisibility.PUBLIC,
                450,
                List.of(BOYA),
                List.of(DMU),
                "system",
                OffsetDateTime.of(2019, 4, 13, 10, 0, 0, 0, ZoneOffset.UTC));
    }

    static EventCompleted eventCompletedMinimal() {
        return new EventCompleted(
                SUMMIT,
                12,
                null,
                EventType.SUMMIT,
                SUMMIT_TITLE,
                EventStatus.COMPLETED,
                at(4, 13, 9, 0),
                at(4, 14, 17, 30),
                "Asia/Shanghai",
                null,
                EventVisibility.MEMBERS,
                null,
                null,
                null,
                ADMIN,
                at(4, 14, 18, 0));
    }

    static RegistrationConfirmed registrationConfirmed() {
        return new RegistrationConfirmed(
                REGISTRATION, SUMMIT, DMU, RegistrationCategory.MEMBER, true, at(4, 1, 8, 15), at(4, 3, 10, 2));
    }

    static RegistrationConfirmed registrationConfirmedMinimal() {
        return new RegistrationConfirmed(
                PRESS_REGISTRATION, SUMMIT, null, RegistrationCategory.PRESS, false, at(4, 2, 14, 0), at(4, 2, 14, 0));
    }

    static RegistrationWaitlisted registrationWaitlisted() {
        return new RegistrationWaitlisted(
                REGISTRATION, SUMMIT, DMU, RegistrationCategory.MEMBER, 12, at(4, 1, 8, 15), at(4, 1, 8, 15));
    }

    static RegistrationWaitlisted registrationWaitlistedMinimal() {
        return new RegistrationWaitlisted(
                PRESS_REGISTRATION, SUMMIT, null, RegistrationCategory.GUEST, 1, at(4, 2, 14, 0), at(4, 2, 14, 0));
    }

    static RegistrationCancelled registrationCancelled() {
        return new RegistrationCancelled(
                REGISTRATION,
                SUMMIT,
                DMU,
                RegistrationCategory.SPEAKER,
                RegistrationStatus.CONFIRMED,
                "Travel not possible",
                "member-dmu-01",
                at(4, 10, 9, 30));
    }

    static RegistrationCancelled registrationCancelledMinimal() {
        return new RegistrationCancelled(
                PRESS_REGISTRATION,
                SUMMIT,
                null,
                RegistrationCategory.PRESS,
                RegistrationStatus.WAITLISTED,
                null,
                ADMIN,
                at(4, 12, 20, 0));
    }

    static AttendeeCheckedIn attendeeCheckedIn() {
        return new AttendeeCheckedIn(REGISTRATION, SUMMIT, DMU, RegistrationCategory.VIP, "desk-3", at(4, 13, 8, 41));
    }

    static AttendeeCheckedIn attendeeCheckedInMinimal() {
        return new AttendeeCheckedIn(
                PRESS_REGISTRATION, SUMMIT, null, RegistrationCategory.PRESS, ADMIN, at(4, 13, 8, 55));
    }

    // ------------------------------------------------------------------ agreements-service

    static List<Party> parties() {
        return List.of(
                Party.member(BOYA, PartyRole.PARTY_A),
                new Party(DMU, LocalizedText.of("大连医科大学", "Dalian Medical University"), PartyRole.PARTY_B),
                Party.external(WUXI_HEALTH, PartyRole.WITNESS));
    }

    static final List<Field> AGREEMENT_FIELDS = List.of(Field.CELL_THERAPY, Field.STEM_CELLS, Field.CLINICAL_RESEARCH);

    static AgreementDrafted agreementDrafted() {
        return new AgreementDrafted(
                AMENDMENT,
                0,
                "AH-2019-001-A1",
                AGREEMENT_TITLE,
                AgreementType.FRAMEWORK_AGREEMENT,
                AgreementStatus.DRAFT,
                AgreementVisibility.PARTIES,
                parties(),
                AGREEMENT_FIELDS,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 4, 30),
                AGREEMENT,
                1,
                ADMIN,
                at(11, 5, 10, 0));
    }

    static AgreementDrafted agreementDraftedMinimal() {
        return new AgreementDrafted(
                AGREEMENT,
                0,
                "AH-2019-001",
                LocalizedText.zh("细胞治疗产业战略合作框架协议"),
                AgreementType.MOU,
                AgreementStatus.DRAFT,
                AgreementVisibility.PUBLIC,
                null,
                null,
                null,
                null,
                null,
                0,
                ADMIN,
                at(3, 5, 10, 0));
    }

    static AgreementSigned agreementSigned() {
        return new AgreementSigned(
                AMENDMENT,
                4,
                "AH-2019-001-A1",
                AGREEMENT_TITLE,
                AgreementType.FRAMEWORK_AGREEMENT,
                AgreementStatus.SIGNED,
                AgreementVisibility.PUBLIC,
                parties(),
                AGREEMENT_FIELDS,
                LocalDate.of(2019, 5, 1),
                LocalDate.of(2024, 4, 30),
                AGREEMENT,
                1,
                LocalDate.of(2019, 4, 13),
                new SignedAt("Wuxi", SUMMIT),
                ADMIN,
                at(4, 13, 15, 0));
    }

    static AgreementSigned agreementSignedMinimal() {
        return new AgreementSigned(
                AGREEMENT,
                4,
                "AH-2019-001",
                AGREEMENT_TITLE,
                AgreementType.MOU,
                AgreementStatus.SIGNED,
                AgreementVisibility.MEMBERS,
                List.of(),
                List.of(),
                null,
                null,
                null,
                0,
                LocalDate.of(2019, 4, 13),
                null,
                ADMIN,
                at(4, 13, 15, 0));
    }

    static AgreementActivated agreementActivated() {
        return new AgreementActivated(
                AMENDMENT,
                5,
                "AH-2019-001-A1",
                AGREEMENT_TITLE,
                AgreementType.FRAMEWORK_AGREEMENT,
                AgreementStatus.ACTIVE,
                AgreementVisibility.PUBLIC,
                parties(),
                AGREEMENT_FIELDS,
                LocalDate.of(2019, 5, 1),
                LocalDate.of(2024, 4, 30),
                AGREEMENT,
                1,
                "system",
                OffsetDateTime.of(2019, 4, 30, 16, 0, 0, 0, ZoneOffset.UTC));
    }

    static AgreementActivated agreementActivatedMinimal() {
        return new AgreementActivated(
                AGREEMENT,
                5,
                "AH-2019-001",
                AGREEMENT_TITLE,
                AgreementType.PROJECT_CONTRACT,
                AgreementStatus.ACTIVE,
                AgreementVisibility.PARTIES,
                null,
                null,
                null,
                null,
                null,
                0,
                ADMIN,
                at(5, 1, 9, 0));
    }

    static AgreementAmended agreementAmended() {
        return new AgreementAmended(
                AMENDMENT,
                3,
                "AH-2019-001-A1",
                AGREEMENT_TITLE,
                AgreementType.FRAMEWORK_AGREEMENT,
                AgreementStatus.SIGNED,
                AgreementVisibility.PUBLIC,
                parties(),
                AGREEMENT_FIELDS,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 4, 30),
                AGREEMENT,
                1,
                "Adds a public gene service platform as a deliverable",
                ADMIN,
                at(12, 20, 15, 0));
    }

    static AgreementAmended agreementAmendedMinimal() {
        return new AgreementAmended(
                AMENDMENT,
                0,
                "AH-2019-001-A2",
                LocalizedText.en("Second amendment"),
                AgreementType.CO_BUILDING,
                AgreementStatus.DRAFT,
                AgreementVisibility.PARTIES,
                null,
                null,
                null,
                null,
                AGREEMENT,
                2,
                null,
                ADMIN,
                at(12, 21, 9, 0));
    }

    static AgreementTerminated agreementTerminated() {
        return new AgreementTerminated(
                AMENDMENT,
                8,
                "AH-2019-001-A1",
                AGREEMENT_TITLE,
                AgreementType.FRAMEWORK_AGREEMENT,
                AgreementStatus.TERMINATED,
                AgreementVisibility.PUBLIC,
                parties(),
                AGREEMENT_FIELDS,
                LocalDate.of(2019, 5, 1),
                LocalDate.of(2024, 4, 30),
                AGREEMENT,
                1,
                "Superseded by the co-building agreement",
                ADMIN,
                OffsetDateTime.of(2021, 6, 30, 17, 0, 0, 0, CST));
    }

    static AgreementTerminated agreementTerminatedMinimal() {
        return new AgreementTerminated(
                AGREEMENT,
                8,
                "AH-2019-001",
                AGREEMENT_TITLE,
                AgreementType.MOU,
                AgreementStatus.TERMINATED,
                AgreementVisibility.MEMBERS,
                List.of(),
                List.of(),
                null,
                null,
                null,
                0,
                null,
                ADMIN,
                OffsetDateTime.of(2021, 6, 30, 17, 0, 0, 0, CST));
    }

    static AgreementExpiring agreementExpiring() {
        return new AgreementExpiring(
                AMENDMENT,
                6,
                "AH-2019-001-A1",
                AGREEMENT_TITLE,
                AgreementType.FRAMEWORK_AGREEMENT,
                AgreementStatus.ACTIVE,
                AgreementVisibility.PUBLIC,
                parties(),
                AGREEMENT_FIELDS,
                LocalDate.of(2019, 5, 1),
                LocalDate.of(2024, 4, 30),
                AGREEMENT,
                1,
                30,
                OffsetDateTime.of(2024, 3, 31, 2, 0, 0, 0, ZoneOffset.UTC));
    }

    static AgreementExpiring agreementExpiringMinimal() {
        return new AgreementExpiring(
                AGREEMENT,
                6,
                "AH-2019-001",
                AGREEMENT_TITLE,
                AgreementType.MOU,
                AgreementStatus.ACTIVE,
                AgreementVisibility.PARTIES,
                null,
                null,
                null,
                LocalDate.of(2024, 4, 30),
                null,
                0,
                0,
                OffsetDateTime.of(2024, 4, 30, 2, 0, 0, 0, ZoneOffset.UTC));
    }

    static AgreementExpired agreementExpired() {
        return new AgreementExpired(
                AMENDMENT,
                7,
                "AH-2019-001-A1",
                AGREEMENT_TITLE,
                AgreementType.FRAMEWORK_AGREEMENT,
                AgreementStatus.EXPIRED,
                AgreementVisibility.PUBLIC,
                parties(),
                AGREEMENT_FIELDS,
                LocalDate.of(2019, 5, 1),
                LocalDate.of(2024, 4, 30),
                AGREEMENT,
                1,
                OffsetDateTime.of(2024, 5, 1, 2, 0, 0, 0, ZoneOffset.UTC));
    }

    static AgreementExpired agreementExpiredMinimal() {
        return new AgreementExpired(
                AGREEMENT,
                7,
                "AH-2019-001",
                AGREEMENT_TITLE,
                AgreementType.MOU,
                AgreementStatus.EXPIRED,
                AgreementVisibility.MEMBERS,
                null,
                null,
                null,
                null,
                null,
                0,
                OffsetDateTime.of(2024, 5, 1, 2, 0, 0, 0, ZoneOffset.UTC));
    }

    static AgreementCompleted agreementCompleted() {
        return new AgreementCompleted(
                AMENDMENT,
                9,
                "AH-2019-001-A1",
                AGREEMENT_TITLE,
                AgreementType.FRAMEWORK_AGREEMENT,
                AgreementStatus.COMPLETED,
                AgreementVisibility.PUBLIC,
                parties(),
                AGREEMENT_FIELDS,
                LocalDate.of(2019, 5, 1),
                LocalDate.of(2024, 4, 30),
                AGREEMENT,
                1,
                ADMIN,
                OffsetDateTime.of(2023, 12, 28, 11, 0, 0, 0, CST));
    }

    static AgreementCompleted agreementCompletedMinimal() {
        return new AgreementCompleted(
                AGREEMENT,
                9,
                "AH-2019-001",
                AGREEMENT_TITLE,
                AgreementType.PROJECT_CONTRACT,
                AgreementStatus.COMPLETED,
                AgreementVisibility.PARTIES,
                null,
                null,
                null,
                null,
                null,
                0,
                ADMIN,
                OffsetDateTime.of(2023, 12, 28, 11, 0, 0, 0, CST));
    }

    static MilestoneCompleted milestoneCompleted() {
        return new MilestoneCompleted(
                MILESTONE,
                AGREEMENT,
                LocalizedText.of("临床级细胞制备中心建成", "Clinical-grade cell processing centre built"),
                PartyRole.PARTY_A,
                LocalDate.of(2020, 12, 31),
                LocalDate.of(2020, 11, 18),
                ADMIN,
                OffsetDateTime.of(2020, 11, 18, 16, 20, 0, 0, CST));
    }

    static MilestoneCompleted milestoneCompletedMinimal() {
        return new MilestoneCompleted(
                MILESTONE,
                AGREEMENT,
                LocalizedText.en("Public gene service platform online"),
                PartyRole.PARTY_B,
                LocalDate.of(2021, 6, 30),
                LocalDate.of(2021, 7, 2),
                "system",
                OffsetDateTime.of(2021, 7, 2, 0, 5, 0, 0, ZoneOffset.UTC));
    }

    static MilestoneOverdue milestoneOverdue() {
        return new MilestoneOverdue(
                MILESTONE,
                AGREEMENT,
                LocalizedText.of("公共基因服务平台上线", "Public gene service platform online"),
                PartyRole.PARTY_B,
                LocalDate.of(2021, 6, 30),
                MilestoneStatus.IN_PROGRESS,
                OffsetDateTime.of(2021, 7, 1, 0, 5, 0, 0, ZoneOffset.UTC));
    }

    static MilestoneOverdue milestoneOverdueMinimal() {
        return new MilestoneOverdue(
                MILESTONE,
                AGREEMENT,
                LocalizedText.zh("年度合作报告"),
                PartyRole.GUARANTOR,
                LocalDate.of(2021, 12, 31),
                MilestoneStatus.PLANNED,
                OffsetDateTime.of(2022, 1, 1, 0, 5, 0, 0, ZoneOffset.UTC));
    }

    static AgreementPartySigned agreementPartySigned() {
        return new AgreementPartySigned(
                AGREEMENT,
                3,
                "AH-2019-001",
                Party.member(BOYA, PartyRole.PARTY_A),
                LocalDate.of(2019, 4, 13),
                new SignedAt("Wuxi", SUMMIT),
                false,
                1,
                3,
                ADMIN,
                at(4, 13, 14, 30));
    }

    static AgreementPartySigned agreementPartySignedMinimal() {
        return new AgreementPartySigned(
                AGREEMENT,
                4,
                "AH-2019-001",
                Party.external(WUXI_HEALTH, PartyRole.WITNESS),
                LocalDate.of(2019, 4, 13),
                null,
                true,
                2,
                3,
                ADMIN,
                at(4, 13, 14, 40));
    }

    static PartyStandingChanged partyStandingChanged() {
        return new PartyStandingChanged(
                AGREEMENT,
                DMU,
                PartyRole.PARTY_B,
                PartyStanding.GOOD,
                PartyStanding.MEMBERSHIP_ENDED,
                MembershipStatus.LAPSED,
                OffsetDateTime.of(2022, 5, 12, 2, 0, 0, 0, ZoneOffset.UTC));
    }

    static PartyStandingChanged partyStandingChangedMinimal() {
        return new PartyStandingChanged(
                AGREEMENT,
                DMU,
                PartyRole.PARTY_B,
                PartyStanding.MEMBERSHIP_ENDED,
                PartyStanding.GOOD,
                MembershipStatus.ACTIVE,
                OffsetDateTime.of(2022, 6, 1, 9, 0, 0, 0, CST));
    }

    static final UUID SUBSCRIPTION = UUID.fromString("0195f3a4-a000-7e55-9a44-5e6f7a8b9c01");

    static WebhookSubscriptionDisabled webhookSubscriptionDisabled() {
        return new WebhookSubscriptionDisabled(
                SUBSCRIPTION,
                "partner-cro-platform",
                "hooks.cro-platform.example.com",
                OffsetDateTime.of(2021, 3, 1, 8, 0, 0, 0, CST),
                "HTTP 503: upstream unavailable",
                12,
                OffsetDateTime.of(2021, 3, 2, 8, 0, 5, 0, CST));
    }

    static WebhookSubscriptionDisabled webhookSubscriptionDisabledMinimal() {
        return new WebhookSubscriptionDisabled(
                SUBSCRIPTION,
                "partner-hospital-his",
                "his.hospital.example.org",
                OffsetDateTime.of(2021, 5, 9, 23, 30, 0, 0, ZoneOffset.UTC),
                "connection refused",
                0,
                OffsetDateTime.of(2021, 5, 10, 23, 30, 1, 0, ZoneOffset.UTC));
    }

    /** Every sample, keyed by a label ({@code <name>} full, {@code <name>Minimal} only required values), covering every catalog entry. */
    static Map<String, Object> all() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("registered", registered());
        all.put("registeredMinimal", registeredMinimal());
        all.put("updated", updated());
        all.put("updatedMinimal", updatedMinimal());
        all.put("statusChanged", statusChanged());
        all.put("statusChangedMinimal", statusChangedMinimal());
        all.put("eventPublished", eventPublished());
        all.put("eventPublishedMinimal", eventPublishedMinimal());
        all.put("eventUpdated", eventUpdated());
        all.put("eventUpdatedMinimal", eventUpdatedMinimal());
        all.put("eventCancelled", eventCancelled());
        all.put("eventCancelledMinimal", eventCancelledMinimal());
        all.put("eventCompleted", eventCompleted());
        all.put("eventCompletedMinimal", eventCompletedMinimal());
        all.put("registrationConfirmed", registrationConfirmed());
        all.put("registrationConfirmedMinimal", registrationConfirmedMinimal());
        all.put("registrationWaitlisted", registrationWaitlisted());
        all.put("registrationWaitlistedMinimal", registrationWaitlistedMinimal());
        all.put("registrationCancelled", registrationCancelled());
        all.put("registrationCancelledMinimal", registrationCancelledMinimal());
        all.put("attendeeCheckedIn", attendeeCheckedIn());
        all.put("attendeeCheckedInMinimal", attendeeCheckedInMinimal());
        all.put("agreementDrafted", agreementDrafted());
        all.put("agreementDraftedMinimal", agreementDraftedMinimal());
        all.put("agreementSigned", agreementSigned());
        all.put("agreementSignedMinimal", agreementSignedMinimal());
        all.put("agreementActivated", agreementActivated());
        all.put("agreementActivatedMinimal", agreementActivatedMinimal());
        all.put("agreementAmended", agreementAmended());
        all.put("agreementAmendedMinimal", agreementAmendedMinimal());
        all.put("agreementTerminated", agreementTerminated());
        all.put("agreementTerminatedMinimal", agreementTerminatedMinimal());
        all.put("agreementExpiring", agreementExpiring());
        all.put("agreementExpiringMinimal", agreementExpiringMinimal());
        all.put("agreementExpired", agreementExpired());
        all.put("agreementExpiredMinimal", agreementExpiredMinimal());
        all.put("agreementCompleted", agreementCompleted());
        all.put("agreementCompletedMinimal", agreementCompletedMinimal());
        all.put("milestoneCompleted", milestoneCompleted());
        all.put("milestoneCompletedMinimal", milestoneCompletedMinimal());
        all.put("milestoneOverdue", milestoneOverdue());
        all.put("milestoneOverdueMinimal", milestoneOverdueMinimal());
        all.put("agreementPartySigned", agreementPartySigned());
        all.put("agreementPartySignedMinimal", agreementPartySignedMinimal());
        all.put("partyStandingChanged", partyStandingChanged());
        all.put("partyStandingChangedMinimal", partyStandingChangedMinimal());
        all.put("webhookSubscriptionDisabled", webhookSubscriptionDisabled());
        all.put("webhookSubscriptionDisabledMinimal", webhookSubscriptionDisabledMinimal());
        return Collections.unmodifiableMap(all);
    }
}
