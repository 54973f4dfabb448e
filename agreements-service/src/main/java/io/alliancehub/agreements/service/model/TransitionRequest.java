package io.alliancehub.agreements.service.model;

import io.alliancehub.agreements.domain.AgreementAction;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AgreementTransitionRequest",
        description = "A lifecycle move. Signing is not a move: each party signs with POST …/signatures.")
public record TransitionRequest(
        @Schema(example = "START_NEGOTIATION") @NotNull AgreementAction action,

        @Schema(description = "Why (kept in the history; TERMINATE's reason is also shown on the agreement)")
        @Size(max = 500)
        String reason) {}
