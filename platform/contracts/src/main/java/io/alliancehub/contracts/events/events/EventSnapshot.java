package io.alliancehub.contracts.events.events;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.EventType;
import io.alliancehub.contracts.codes.EventVisibility;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.schema.MinLength;
import io.alliancehub.contracts.schema.Minimum;
import io.alliancehub.contracts.schema.Required;
import io.alliancehub.contracts.schema.UniqueItems;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The public state of an event as carried by {@link EventPublished}, {@link EventUpdated},
 * {@link EventCancelled} and {@link EventCompleted}, so a consumer can keep its replica with one upsert for
 * all four. Its properties are described (and their schema rules given) here, once for the four payloads.
 * Carries no personal data: organisers and co-hosts are organisation ids; no sessions, speakers or
 * registrations.
 */
public interface EventSnapshot {

    @JsonPropertyDescription("Id of the event; also the Kafka record key and the CloudEvents subject.")
    @Required
    UUID eventId();

    @JsonPropertyDescription("Version of the event after the change. A replica ignores an event whose version is "
            + "not newer than the one it holds.")
    @Minimum(0)
    long version();

    @JsonPropertyDescription(
            "Id of the parent event, e.g. the forum a sub-forum belongs to; absent for a top-level " + "event.")
    UUID parentId();

    @JsonPropertyDescription("Type of the event.")
    @Required
    EventType type();

    @JsonPropertyDescription("Title of the event.")
    @Required
    LocalizedText title();

    @JsonPropertyDescription("Status of the event after the change.")
    @Required
    EventStatus status();

    @JsonPropertyDescription("Start of the event (RFC 3339 with the offset of the event's time zone).")
    @Required
    OffsetDateTime startsAt();

    @JsonPropertyDescription(
            "End of the event (RFC 3339 with the offset of the event's time zone); not before " + "startsAt.")
    @Required
    OffsetDateTime endsAt();

    @JsonPropertyDescription("Time zone of the event, an IANA zone id, e.g. Asia/Shanghai.")
    @Required
    @MinLength(1)
    String timeZone();

    @JsonPropertyDescription("Venue of the event; absent when not yet known or online.")
    Venue venue();

    @JsonPropertyDescription("Who may see the event and register for it: PUBLIC, or MEMBERS (organisations whose "
            + "membership is ACTIVE or GRACE).")
    @Required
    EventVisibility visibility();

    @JsonPropertyDescription("Maximum number of confirmed registrations; absent when there is no limit.")
    @Minimum(1)
    Integer capacity();

    @JsonPropertyDescription("Ids of the organisations that organise the event (members-service organisation ids); "
            + "empty when none.")
    @Required
    @UniqueItems
    List<UUID> organizers();

    @JsonPropertyDescription(
            "Ids of the organisations that co-host the event (members-service organisation ids); " + "empty when none.")
    @Required
    @UniqueItems
    List<UUID> coHosts();
}
