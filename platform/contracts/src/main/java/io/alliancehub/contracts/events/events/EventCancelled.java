package io.alliancehub.contracts.events.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.EventType;
import io.alliancehub.contracts.codes.EventVisibility;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.Descriptions;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.schema.MinLength;
import io.alliancehub.contracts.schema.Required;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#EVENT_CANCELLED}; its JSON Schema is generated from this record (the snapshot
 * properties are described in {@link EventSnapshot}). Lists are never null (null becomes an empty list).
 */
@JsonClassDescription("An event was cancelled (from any state before COMPLETED). The full snapshot after the "
        + "change, with status CANCELLED. " + Descriptions.NO_PERSONAL_DATA_EVENTS)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventCancelled(
        UUID eventId,
        long version,
        UUID parentId,
        EventType type,
        LocalizedText title,
        EventStatus status,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String timeZone,
        Venue venue,
        EventVisibility visibility,
        Integer capacity,
        List<UUID> organizers,
        List<UUID> coHosts,

        @JsonPropertyDescription("Free-text reason given for the cancellation; absent when none was given.")
        String reason,

        @JsonPropertyDescription(Descriptions.ACTOR) @Required @MinLength(1)
        String actor,

        @JsonPropertyDescription(Descriptions.OCCURRED_AT) @Required
        OffsetDateTime occurredAt)
        implements EventSnapshot {

    public EventCancelled {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        organizers = organizers == null ? List.of() : List.copyOf(organizers);
        coHosts = coHosts == null ? List.of() : List.copyOf(coHosts);
    }
}
