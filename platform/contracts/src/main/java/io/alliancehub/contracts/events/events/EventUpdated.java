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
import io.alliancehub.contracts.schema.Pattern;
import io.alliancehub.contracts.schema.Required;
import io.alliancehub.contracts.schema.UniqueItems;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#EVENT_UPDATED}; its JSON Schema is generated from this record (the snapshot
 * properties are described in {@link EventSnapshot}). Lists are never null (null becomes an empty list).
 */
@JsonClassDescription("A published event changed (its data, or its status by a move other than cancellation or "
        + "completion). The full snapshot after the change, plus the paths of the changed fields. "
        + Descriptions.NO_PERSONAL_DATA_EVENTS)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventUpdated(
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

        @JsonPropertyDescription("Dotted paths of the event's fields that changed (camelCase, dotted for nested "
                + "ones, e.g. status, venue.city, title.en). May name fields this event does not carry.")
        @Required
        @UniqueItems
        @Pattern(Descriptions.CHANGED_FIELD_PATTERN)
        List<String> changedFields,

        @JsonPropertyDescription(Descriptions.OCCURRED_AT) @Required
        OffsetDateTime occurredAt)
        implements EventSnapshot {

    public EventUpdated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(occurredAt, "occurredAt");
        organizers = organizers == null ? List.of() : List.copyOf(organizers);
        coHosts = coHosts == null ? List.of() : List.copyOf(coHosts);
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }
}
