package io.alliancehub.events.api;

import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.EventType;
import io.alliancehub.contracts.codes.EventVisibility;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.events.domain.EventAction;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Event", description = "A forum, summit, sub-forum or other event of the alliance.")
public record EventView(
        UUID id,
        long version,
        LocalizedText title,
        LocalizedText description,
        EventType type,
        UUID parentId,
        List<UUID> organizers,
        List<UUID> coHosts,
        EventRequest.EventVenue venue,
        @Schema(description = "Start, with the offset of the event's time zone") OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String timeZone,
        Integer capacity,
        EventVisibility visibility,
        EventStatus status,
        @Schema(description = "Transitions allowed now (POST …/transitions)") List<EventAction> allowedActions,
        Seats seats,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    @Schema(name = "EventSeats", description = "Seat counts at the time of the answer.")
    public record Seats(
            @Schema(description = "Seats; null when unlimited") Integer capacity,
            @Schema(description = "CONFIRMED and CHECKED_IN registrations") long taken,
            @Schema(description = "Free seats; null when unlimited") Long available,
            long waitlisted) {
    }
}
