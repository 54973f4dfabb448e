package io.alliancehub.agreements.service.model;

import io.alliancehub.agreements.domain.AgreementAction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AgreementTransitionRequest",
        description = "SIGN needs signedOn (not in the future) and a signatory on every "
                + "party; signedAt is optional, its eventId must be an event known to agreements-service.")
public record TransitionRequest(
        @Schema(example = "SIGN") @NotNull AgreementAction action,
        @Size(max = 500) String reason,
        @Schema(example = "2021-04-19") LocalDate signedOn,
        @Valid SignedAt signedAt) {

    @Schema(name = "SignedAtRequest")
    public record SignedAt(
            @Schema(example = "Dalian") @Size(max = 300) String place, UUID eventId) {}
}
