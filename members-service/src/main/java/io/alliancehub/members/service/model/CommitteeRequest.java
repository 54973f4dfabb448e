package io.alliancehub.members.service.model;

import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.validation.Bilingual;
import io.alliancehub.members.domain.CommitteeKind;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommitteeRequest", description = "An alliance body, as a client writes it.")
public record CommitteeRequest(
        @Schema(example = "{\"zh\": \"联盟秘书处\", \"en\": \"Alliance secretariat\"}") @NotNull @Bilingual(max = 200)
        LocalizedText name,

        @Schema(example = "SECRETARIAT") @NotNull CommitteeKind kind,
        @Bilingual(max = 2000) LocalizedText description) {}
