package io.alliancehub.events.service.model;

import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.EventType;
import io.alliancehub.contracts.codes.EventVisibility;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.events.domain.EventAction;
import io.alliancehub.kit.web.Versioned;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Event", description = "A forum, summit, sub-forum or other event of the alliance.")
public record EventView(
        @NotNull UUID id,
        @NotNull long version,
        @NotNull LocalizedText title,
        LocalizedText description,
        @NotNull EventType type,
        UUID parentId,
        @NotNull List<UUID> organizers,
        @NotNull List<UUID> coHosts,
        EventRequest.EventVenue venue,

        @Schema(description = "Start, with the offset of the event's time zone") @NotNull
        OffsetDateTime startsAt,

        @NotNull OffsetDateTime endsAt,
        @NotNull String timeZone,
        Integer capacity,

        @Schema(description = "Seats per category inside the capacity") @NotNull
        List<EventRequest.Quota> quotas,

        @NotNull EventVisibility visibility,
        @NotNull EventStatus status,

        @Schema(description = "Transitions allowed now (POST …/transitions)") @NotNull
        List<EventAction> allowedActions,

        @NotNull Seats seats,
        @NotNull OffsetDateTime createdAt,
        @NotNull OffsetDateTime updatedAt)
        implements Versioned {

    @Schema(name = "EventSeats", description = "Seat counts at the time of the answer.")
    public record Seats(
            @Schema(description = "Seats; null when unlimited")
            Integer capacity,

            @Schema(description = "CONFIRMED and CHECKED_IN registrations") @NotNull
            long taken,

            @Schema(description = "Free seats; null when unlimited")
            Long available,

            @NotNull long waitlisted) {}
}
