package io.alliancehub.agreements.service.model;

import io.alliancehub.agreements.domain.MilestoneRules;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MilestoneTransitionRequest")
public record MilestoneTransitionRequest(
        @Schema(example = "COMPLETE") @NotNull MilestoneRules.Action action,

        @Schema(description = "For COMPLETE: the day it was done; defaults to today")
        LocalDate completedOn) {}
