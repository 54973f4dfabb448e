package io.alliancehub.agreements.service.model;

import io.alliancehub.agreements.domain.AgreementAction;
import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.codes.PartyStanding;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.web.Versioned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Agreement", description = "A cooperation agreement.")
public record AgreementView(
        @NotNull UUID id,
        @NotNull long version,

        @Schema(description = "An amendment's adds -A<n> to the original's") @NotNull @Size(max = 70)
        String referenceNumber,

        @NotNull LocalizedText title,
        @NotNull AgreementType type,
        @NotNull AgreementStatus status,

        @Schema(description = "Transitions allowed now (POST …/transitions)") @NotNull
        List<AgreementAction> allowedActions,

        @NotNull AgreementVisibility visibility,
        @NotNull List<PartyView> parties,

        @Schema(
                description =
                        "GOOD, or MEMBERSHIP_ENDED when a member party's membership ended (or is suspended) while the agreement is live")
        @NotNull
        PartyStanding partyStanding,

        @NotNull List<Field> fields,
        @NotNull List<LocalizedText> deliverables,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        LocalDate signedOn,
        SignedAtView signedAt,

        @Schema(description = "The agreement this one amends")
        UUID amendsId,

        @Schema(description = "0 for an original, 1 for its first amendment…") @NotNull
        int amendmentNumber,

        @Schema(description = "What an amendment changes") LocalizedText summary,
        @Size(max = 500) String terminationReason,

        @Schema(description = "Signing, party by party: present from NEGOTIATION on")
        SigningView signing,

        @Schema(description = "Who moved the agreement into force (a member, the secretariat or system:scheduler)")
        @Size(max = 200)
        String activatedBy,

        @Schema(description = "Who completed the agreement") @Size(max = 200)
        String completedBy,

        @Schema(description = "Who terminated the agreement") @Size(max = 200)
        String terminatedBy,

        @NotNull OffsetDateTime createdAt,
        @NotNull OffsetDateTime updatedAt)
        implements Versioned {

    @Schema(name = "AgreementParty")
    public record PartyView(
            UUID organizationId,

            @Schema(
                    description =
                            "The outside party's name, or the member organisation's name from the members replica")
            LocalizedText name,

            @NotNull PartyRole role,
            @NotNull @Size(max = 10) List<AgreementRequest.SignatoryRequest> signatories,
            @NotNull PartyStanding standing,

            @Schema(description = "The party's signature, once it has signed")
            SignatureView signature,

            @Schema(description = "The party's refusal to sign the present text")
            DeclineView declined) {}

    @Schema(name = "AgreementSignature", description = "A party's signature")
    public record SignatureView(
            @Schema(description = "Position (from 0) of the person who signed in the party's signatories") @NotNull
            int signatory,

            @NotNull LocalDate signedOn,
            SignedAtView signedAt,

            @Schema(description = "Who recorded it: the party's member, or the secretariat") @NotNull @Size(max = 200)
            String recordedBy,

            @Schema(description = "Why the secretariat recorded it on the party's behalf") @Size(max = 500)
            String onBehalfReason,

            @NotNull OffsetDateTime recordedAt) {}

    @Schema(name = "AgreementDecline", description = "A party's refusal to sign")
    public record DeclineView(
            @NotNull @Size(max = 500) String reason,
            @NotNull @Size(max = 200) String by,
            @NotNull OffsetDateTime at) {}

    @Schema(name = "AgreementSigning", description = "Who has signed and who has not")
    public record SigningView(
            @Schema(description = "Parties that sign: all of them") @NotNull
            int required,

            @Schema(description = "Parties that have signed the present text") @NotNull
            int collected,

            @Schema(description = "Roles of the parties that have not signed yet") @NotNull @Size(max = 20)
            List<PartyRole> pending,

            @Schema(description = "When signatures were last voided (a change of the text, a party declining)")
            OffsetDateTime voidedAt,

            @Schema(description = "Why they were voided") @Size(max = 500)
            String voidedNote) {}

    @Schema(
            name = "SignedAt",
            description = "Where it was signed: a place and, when signed at an alliance event, that event")
    public record SignedAtView(String place, UUID eventId) {}
}
