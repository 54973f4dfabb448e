package io.alliancehub.agreements.api;

import io.alliancehub.agreements.domain.AgreementAction;
import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.codes.PartyStanding;
import io.alliancehub.contracts.common.LocalizedText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Agreement", description = "A cooperation agreement.")
public record AgreementView(
        UUID id,
        long version,
        String referenceNumber,
        LocalizedText title,
        AgreementType type,
        AgreementStatus status,
        @Schema(description = "Transitions allowed now (POST …/transitions)") List<AgreementAction> allowedActions,
        AgreementVisibility visibility,
        List<PartyView> parties,
        @Schema(description = "GOOD, or MEMBERSHIP_ENDED when a member party's membership ended (or is suspended) while the agreement is live")
        PartyStanding partyStanding,
        List<Field> fields,
        List<LocalizedText> deliverables,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        LocalDate signedOn,
        SignedAtView signedAt,
        @Schema(description = "The agreement this one amends") UUID amendsId,
        @Schema(description = "0 for an original, 1 for its first amendment…") int amendmentNumber,
        @Schema(description = "What an amendment changes") LocalizedText summary,
        String terminationReason,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    @Schema(name = "AgreementParty")
    public record PartyView(UUID organizationId,
            @Schema(description = "The outside party's name, or the member organisation's name from the members replica") LocalizedText name,
            PartyRole role, List<AgreementRequest.SignatoryRequest> signatories, PartyStanding standing) {
    }

    @Schema(name = "SignedAt", description = "Where it was signed: a place and, when signed at an alliance event, that event")
    public record SignedAtView(String place, UUID eventId) {
    }
}
