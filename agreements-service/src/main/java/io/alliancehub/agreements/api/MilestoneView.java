package io.alliancehub.agreements.api;

import io.alliancehub.agreements.domain.MilestoneRules;
import io.alliancehub.contracts.codes.MilestoneStatus;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.common.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Milestone")
public record MilestoneView(UUID id, long version, UUID agreementId, LocalizedText title, PartyRole ownerPartyRole, LocalDate dueOn,
        MilestoneStatus status, List<MilestoneRules.Action> allowedActions, LocalDate completedOn) {
}
