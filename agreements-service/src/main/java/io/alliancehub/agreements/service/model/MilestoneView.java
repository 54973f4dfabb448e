package io.alliancehub.agreements.service.model;

import io.alliancehub.agreements.domain.MilestoneRules;
import io.alliancehub.contracts.codes.MilestoneStatus;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.web.Versioned;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Milestone")
public record MilestoneView(
        @NotNull UUID id,
        @NotNull long version,
        @NotNull UUID agreementId,
        @NotNull LocalizedText title,
        @NotNull PartyRole ownerPartyRole,
        @NotNull LocalDate dueOn,
        @NotNull MilestoneStatus status,
        @NotNull List<MilestoneRules.Action> allowedActions,
        LocalDate completedOn)
        implements Versioned {}
