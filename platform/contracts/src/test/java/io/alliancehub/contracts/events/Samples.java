package io.alliancehub.contracts.events;

import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.Sector;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.members.MembershipStatusChanged;
import io.alliancehub.contracts.events.members.OrganizationRegistered;
import io.alliancehub.contracts.events.members.OrganizationUpdated;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sample payloads: a full one and a minimal one (only required fields) per event type. */
final class Samples {

    static final UUID BOYA = UUID.fromString("0195f3a4-7b00-7c3e-8a2d-5e4f3b2a1c10");
    static final UUID DMU = UUID.fromString("0195f3a4-7b00-7c3e-8a2d-5e4f3b2a1c11");

    private Samples() {
    }

    static OrganizationRegistered registered() {
        return new OrganizationRegistered(BOYA, 0,
                new LocalizedText("博雅控股集团", "Boya Holding Group"), new LocalizedText("博雅", "Boya"),
                Sector.ENTERPRISE, "91320200MA149MQEP9", "CN", "Jiangsu", "Wuxi",
                List.of(Field.CELL_THERAPY, Field.STEM_CELLS, Field.BIOBANKING),
                MembershipTier.INITIATOR, MembershipStatus.APPLIED);
    }

    static OrganizationRegistered registeredMinimal() {
        return new OrganizationRegistered(DMU, 0, LocalizedText.en("Dalian Medical University"), null,
                Sector.UNIVERSITY, null, null, null, null, null,
                MembershipTier.MEMBER, MembershipStatus.APPLIED);
    }

    static OrganizationUpdated updated() {
        return new OrganizationUpdated(BOYA, 3,
                new LocalizedText("博雅控股集团", "Boya Holding Group"), new LocalizedText("博雅", "Boya"),
                Sector.ENTERPRISE, "91320200MA149MQEP9", "CN", "Jiangsu", "Wuxi",
                List.of(Field.CELL_THERAPY, Field.CAR_T, Field.CDMO),
                MembershipTier.VICE_CHAIR, MembershipStatus.ACTIVE,
                List.of("fields", "website", "address.city"));
    }

    static OrganizationUpdated updatedMinimal() {
        return new OrganizationUpdated(DMU, 1, LocalizedText.zh("大连医科大学"), null,
                Sector.UNIVERSITY, null, null, null, null, List.of(),
                MembershipTier.MEMBER, MembershipStatus.APPROVED, List.of());
    }

    static MembershipStatusChanged statusChanged() {
        return new MembershipStatusChanged(BOYA, MembershipTier.INITIATOR,
                MembershipStatus.APPROVED, MembershipStatus.ACTIVE, "ACTIVATE", "Council vote 2019-04-13",
                "admin-7f3c", LocalDate.of(2019, 4, 13), LocalDate.of(2022, 4, 12),
                OffsetDateTime.of(2019, 4, 13, 9, 30, 0, 0, ZoneOffset.ofHours(8)));
    }

    static MembershipStatusChanged statusChangedMinimal() {
        return new MembershipStatusChanged(DMU, MembershipTier.MEMBER,
                MembershipStatus.APPLIED, MembershipStatus.REJECTED, "REJECT", null, "system", null, null,
                OffsetDateTime.of(2021, 4, 19, 10, 0, 0, 0, ZoneOffset.UTC));
    }

    /** Every sample, keyed by a label, covering every catalog entry. */
    static Map<String, Object> all() {
        return Map.of(
                "registered", registered(), "registeredMinimal", registeredMinimal(),
                "updated", updated(), "updatedMinimal", updatedMinimal(),
                "statusChanged", statusChanged(), "statusChangedMinimal", statusChangedMinimal());
    }
}
