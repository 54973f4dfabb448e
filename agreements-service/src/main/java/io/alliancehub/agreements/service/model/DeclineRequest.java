package io.alliancehub.agreements.service.model;

import io.alliancehub.contracts.codes.PartyRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "DeclineRequest",
        description = "A party refuses to sign the agreement's present text, with its reason. Signing stops: the "
                + "signatures collected so far are void, and a change of the text is needed before anyone signs again.")
public record DeclineRequest(
        @Schema(example = "PARTY_C", description = "The role of the party that declines") @NotNull
        PartyRole partyRole,

        @Schema(example = "Clause 4 (data sharing) needs our ethics committee's approval first")
        @NotBlank
        @Size(max = 500)
        String reason) {}
