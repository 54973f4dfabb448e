package io.alliancehub.agreements.service.model;

import io.alliancehub.contracts.codes.PartyRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SignatureRequest",
        description = "One party's signature: the party (by its role), which of the signatories it listed signed, "
                + "when, and optionally where (a place, the id of an alliance event such as a signing ceremony).")
public record SignatureRequest(
        @Schema(example = "PARTY_B", description = "The role of the party that signs") @NotNull
        PartyRole partyRole,

        @Schema(
                example = "0",
                description = "Position (from 0) of the signing person in the party's own signatories list")
        @NotNull
        @Min(0)
        @Max(9)
        Integer signatory,

        @Schema(example = "2019-04-13", description = "The day of the signature; not in the future") @NotNull
        LocalDate signedOn,

        @Valid SignedAt signedAt,

        @Schema(
                description =
                        "Required when the secretariat (admin) records a member party's signature on its behalf: the "
                                + "reason or the reference of the signed document. Not accepted from the party itself.")
        @Size(max = 500)
        String onBehalfReason) {

    @Schema(name = "SignedAtRequest")
    public record SignedAt(
            @Schema(example = "Wuxi") @Size(max = 300) String place,

            @Schema(description = "An alliance event known to agreements-service (e.g. a signing session)")
            UUID eventId) {}
}
