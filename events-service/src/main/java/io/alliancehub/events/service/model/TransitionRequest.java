package io.alliancehub.events.service.model;

import io.alliancehub.events.domain.EventAction;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventTransitionRequest")
public record TransitionRequest(
        @Schema(example = "PUBLISH") @NotNull EventAction action,

        @Schema(example = "Approved by the organising committee") @Size(max = 500)
        String reason) {}
