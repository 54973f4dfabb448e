package io.alliancehub.members.service.model;

import io.alliancehub.members.domain.SeatRole;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SeatRequest",
        description = "A seat for an organisation (and optionally one of its contacts) with a role and term.")
public record SeatRequest(
        @NotNull UUID organizationId,

        @Schema(description = "A contact of that organisation")
        UUID contactId,

        @Schema(example = "CHAIR") @NotNull SeatRole role,
        LocalDate termStart,
        LocalDate termEnd) {}
