package io.alliancehub.agreements.service.model;

import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.validation.Bilingual;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MilestoneRequest", description = "A milestone, owned by the party with ownerPartyRole.")
public record MilestoneRequest(
        @Schema(example = "{\"en\": \"Cell centre passes GMP inspection\"}") @NotNull @Bilingual(max = 300)
        LocalizedText title,

        @Schema(example = "PARTY_A") @NotNull PartyRole ownerPartyRole,
        @Schema(example = "2022-12-31") @NotNull LocalDate dueOn) {}
