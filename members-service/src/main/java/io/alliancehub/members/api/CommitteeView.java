package io.alliancehub.members.api;

import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.members.domain.CommitteeKind;
import io.alliancehub.members.domain.SeatRole;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Committee", description = "An alliance body with its seats.")
public record CommitteeView(UUID id, long version, LocalizedText name, CommitteeKind kind, LocalizedText description,
        List<Seat> seats, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    @Schema(name = "CommitteeSeat", description = "A seat: the organisation, optionally its contact (name only), role and term.")
    public record Seat(UUID id, UUID organizationId, LocalizedText organizationName, UUID contactId, LocalizedText contactName,
            SeatRole role, LocalDate termStart, LocalDate termEnd) {
    }
}
