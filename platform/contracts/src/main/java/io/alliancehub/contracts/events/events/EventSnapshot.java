package io.alliancehub.contracts.events.events;

import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.EventType;
import io.alliancehub.contracts.codes.EventVisibility;
import io.alliancehub.contracts.common.LocalizedText;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The public state of an event as carried by {@link EventPublished}, {@link EventUpdated},
 * {@link EventCancelled} and {@link EventCompleted}, so a consumer can keep its replica with one upsert for
 * all four. Carries no personal data: organisers and co-hosts are organisation ids; no sessions, speakers or
 * registrations.
 */
public interface EventSnapshot {

    /** The event id; also the Kafka record key and the CloudEvents subject. */
    UUID eventId();

    /** The event's version after the change; a replica ignores a snapshot older than what it has. */
    long version();

    /** The parent event (e.g. the forum of a sub-forum), or {@code null}. */
    UUID parentId();

    EventType type();

    LocalizedText title();

    EventStatus status();

    OffsetDateTime startsAt();

    OffsetDateTime endsAt();

    /** IANA time zone id of the event, e.g. {@code Asia/Shanghai}. */
    String timeZone();

    /** The venue, or {@code null}. */
    Venue venue();

    EventVisibility visibility();

    /** Maximum number of confirmed registrations, or {@code null} for no limit. */
    Integer capacity();

    /** Ids of the organising organisations; never null. */
    List<UUID> organizers();

    /** Ids of the co-hosting organisations; never null. */
    List<UUID> coHosts();
}
