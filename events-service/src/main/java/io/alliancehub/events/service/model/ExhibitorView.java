package io.alliancehub.events.service.model;

import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.web.Versioned;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Exhibitor")
public record ExhibitorView(
        @NotNull UUID id,
        @NotNull long version,
        @NotNull UUID eventId,
        @NotNull UUID organizationId,

        @Schema(description = "The organisation's name, from the members replica")
        LocalizedText organizationName,

        String booth,
        LocalizedText showcase)
        implements Versioned {}
