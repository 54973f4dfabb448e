package io.alliancehub.members.service.model;

import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.web.Versioned;
import io.alliancehub.members.domain.CommitteeKind;
import io.alliancehub.members.domain.SeatRole;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Committee", description = "An alliance body with its seats.")
public record CommitteeView(
        @NotNull UUID id,
        @NotNull long version,
        @NotNull LocalizedText name,
        @NotNull CommitteeKind kind,
        LocalizedText description,
        @NotNull List<Seat> seats,
        @NotNull OffsetDateTime createdAt,
        @NotNull OffsetDateTime updatedAt)
        implements Versioned {

    @Schema(
            name = "CommitteeSeat",
            description = "A seat: the organisation, optionally its contact (name only), role and term.")
    public record Seat(
            @NotNull UUID id,
            @NotNull UUID organizationId,
            LocalizedText organizationName,
            UUID contactId,
            LocalizedText contactName,
            @NotNull SeatRole role,
            LocalDate termStart,
            LocalDate termEnd) {}
}
