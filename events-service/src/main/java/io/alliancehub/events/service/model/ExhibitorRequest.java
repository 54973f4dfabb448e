package io.alliancehub.events.service.model;

import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.validation.Bilingual;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExhibitorRequest", description = "A member organisation exhibiting at the event.")
public record ExhibitorRequest(
        @Schema(description = "The exhibiting member organisation (must be known)") @NotNull
        UUID organizationId,

        @Schema(example = "A12") @Size(max = 50) String booth,

        @Schema(description = "What it shows", example = "{\"en\": \"Automated cell-processing equipment\"}")
        @Bilingual(max = 2000)
        LocalizedText showcase) {}
