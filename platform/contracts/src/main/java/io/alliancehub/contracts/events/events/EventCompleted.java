package io.alliancehub.contracts.events.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.EventType;
import io.alliancehub.contracts.codes.EventVisibility;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.EventTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#EVENT_COMPLETED}: an event was completed, explicitly or by the date-driven move
 * after its end. Carries the full snapshot after the change, with status {@code COMPLETED}. Schema: {@code
 * schemas/events/event.completed.v1.json}. Carries no personal data: organisers and co-hosts are organisation
 * ids; no names of people, e-mail addresses or phone numbers.
 *
 * @param eventId    the event id (also the Kafka record key and the CloudEvents subject)
 * @param version    the event's version after the change (0 or more)
 * @param parentId   id of the parent event (e.g. the forum of a sub-forum), optional
 * @param type       type of the event (required)
 * @param title      bilingual title (required)
 * @param status     status of the event after the change (required)
 * @param startsAt   start, with the offset of the event's time zone (required)
 * @param endsAt     end, with the offset of the event's time zone (required)
 * @param timeZone   IANA time zone id of the event, e.g. {@code Asia/Shanghai} (required)
 * @param venue      venue (name, city), optional
 * @param visibility who may see and register (required)
 * @param capacity   maximum number of confirmed registrations (1 or more), optional: absent means no limit
 * @param organizers ids of the organising organisations; never null (null becomes an empty list)
 * @param coHosts    ids of the co-hosting organisations; never null (null becomes an empty list)
 * @param actor      who made the change: an identifier (the token subject, or {@code system} for date-driven
 *                   changes), never a name, e-mail or phone
 * @param occurredAt when the change happened, with offset (also the CloudEvents time)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventCompleted(
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
        String actor,
        OffsetDateTime occurredAt) implements EventSnapshot {

    public EventCompleted {
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
