package io.alliancehub.events.api;

import io.alliancehub.contracts.common.LocalizedText;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Exhibitor")
public record ExhibitorView(UUID id, long version, UUID eventId, UUID organizationId,
        @Schema(description = "The organisation's name, from the members replica") LocalizedText organizationName,
        String booth, LocalizedText showcase) {
}
