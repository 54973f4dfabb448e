package io.alliancehub.events.service;

import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.events.EventCancelled;
import io.alliancehub.contracts.events.events.EventCompleted;
import io.alliancehub.contracts.events.events.EventPublished;
import io.alliancehub.contracts.events.events.EventUpdated;
import io.alliancehub.contracts.events.events.Venue;
import io.alliancehub.events.domain.Event;
import io.alliancehub.events.domain.EventStateMachine;
import io.alliancehub.events.domain.Quota;
import io.alliancehub.events.service.model.EventRequest;
import io.alliancehub.events.service.model.EventView;
import io.alliancehub.kit.text.SearchText;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Event ⇄ API documents ⇄ event payloads. Times leave the service in the event's own zone. */
final class EventMapper {

    private EventMapper() {}

    static EventView view(Event e, EventView.Seats seats) {
        return new EventView(
                e.id,
                e.version,
                LocalizedText.of(e.titleZh, e.titleEn),
                description(e),
                e.type,
                e.parentId,
                List.of(e.organizers),
                List.of(e.coHosts),
                venue(e),
                local(e, e.startsAt),
                local(e, e.endsAt),
                e.timeZone,
                e.capacity,
                quotas(e),
                e.visibility,
                e.status,
                EventStateMachine.allowedActions(e.status),
                seats,
                e.createdAt,
                e.updatedAt);
    }

    /** The writable document of an event: what a merge patch applies to. */
    static EventRequest writable(Event e) {
        // times in UTC, as the REST mapper reads them back: the diff then sees only real changes
        return new EventRequest(
                LocalizedText.of(e.titleZh, e.titleEn),
                description(e),
                e.type,
                e.parentId,
                List.of(e.organizers),
                List.of(e.coHosts),
                venue(e),
                utc(e.startsAt),
                utc(e.endsAt),
                e.timeZone,
                e.capacity,
                quotas(e),
                e.visibility);
    }

    static void apply(EventRequest r, Event e, String zone) {
        e.titleZh = r.title().zh();
        e.titleEn = r.title().en();
        e.descriptionZh = r.description() == null ? null : r.description().zh();
        e.descriptionEn = r.description() == null ? null : r.description().en();
        e.type = r.type();
        e.parentId = r.parentId();
        e.organizers = r.organizers().stream().distinct().toArray(UUID[]::new);
        e.coHosts = r.coHosts() == null
                ? new UUID[0]
                : r.coHosts().stream().distinct().toArray(UUID[]::new);
        e.venueName = r.venue() == null ? null : r.venue().name();
        e.venueAddress = r.venue() == null ? null : r.venue().address();
        e.venueCity = r.venue() == null ? null : r.venue().city();
        e.startsAt = r.startsAt();
        e.endsAt = r.endsAt();
        e.timeZone = zone;
        e.capacity = r.capacity();
        e.quotas = r.quotas() == null
                ? new ArrayList<>()
                : new ArrayList<>(r.quotas().stream()
                        .map(q -> new Quota(q.category(), q.seats()))
                        .toList());
        e.visibility = r.visibility();
        e.searchText = searchText(e);
    }

    static EventPublished published(Event e, OffsetDateTime at) {
        return new EventPublished(
                e.id,
                e.version,
                e.parentId,
                e.type,
                title(e),
                e.status,
                local(e, e.startsAt),
                local(e, e.endsAt),
                e.timeZone,
                payloadVenue(e),
                e.visibility,
                e.capacity,
                List.of(e.organizers),
                List.of(e.coHosts),
                at);
    }

    static EventUpdated updated(Event e, List<String> changedFields, OffsetDateTime at) {
        return new EventUpdated(
                e.id,
                e.version,
                e.parentId,
                e.type,
                title(e),
                e.status,
                local(e, e.startsAt),
                local(e, e.endsAt),
                e.timeZone,
                payloadVenue(e),
                e.visibility,
                e.capacity,
                List.of(e.organizers),
                List.of(e.coHosts),
                changedFields,
                at);
    }

    static EventCancelled cancelled(Event e, String reason, String actor, OffsetDateTime at) {
        return new EventCancelled(
                e.id,
                e.version,
                e.parentId,
                e.type,
                title(e),
                e.status,
                local(e, e.startsAt),
                local(e, e.endsAt),
                e.timeZone,
                payloadVenue(e),
                e.visibility,
                e.capacity,
                List.of(e.organizers),
                List.of(e.coHosts),
                reason,
                actor,
                at);
    }

    static EventCompleted completed(Event e, String actor, OffsetDateTime at) {
        return new EventCompleted(
                e.id,
                e.version,
                e.parentId,
                e.type,
                title(e),
                e.status,
                local(e, e.startsAt),
                local(e, e.endsAt),
                e.timeZone,
                payloadVenue(e),
                e.visibility,
                e.capacity,
                List.of(e.organizers),
                List.of(e.coHosts),
                actor,
                at);
    }

    static OffsetDateTime local(Event e, OffsetDateTime t) {
        return inZone(t, e.timeZone);
    }

    /** An instant as the offset time of an IANA zone (an event's times are shown in the event's zone). */
    static OffsetDateTime inZone(OffsetDateTime t, String zone) {
        return t == null ? null : t.atZoneSameInstant(ZoneId.of(zone)).toOffsetDateTime();
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(java.time.ZoneOffset.UTC);
    }

    static LocalizedText title(Event e) {
        return LocalizedText.of(e.titleZh, e.titleEn);
    }

    static List<UUID> organisations(Event e) {
        return java.util.stream.Stream.concat(Arrays.stream(e.organizers), Arrays.stream(e.coHosts))
                .toList();
    }

    private static LocalizedText description(Event e) {
        return e.descriptionZh == null && e.descriptionEn == null
                ? null
                : LocalizedText.of(e.descriptionZh, e.descriptionEn);
    }

    private static EventRequest.EventVenue venue(Event e) {
        return e.venueName == null && e.venueAddress == null && e.venueCity == null
                ? null
                : new EventRequest.EventVenue(e.venueName, e.venueAddress, e.venueCity);
    }

    private static Venue payloadVenue(Event e) {
        return e.venueName == null && e.venueCity == null ? null : new Venue(e.venueName, e.venueCity);
    }

    /** What a q search matches (see SearchText); also rebuilt at start when SearchText changes. */
    static String searchText(Event e) {
        return SearchText.of(e.titleZh, e.titleEn, e.venueCity, e.venueName);
    }

    static List<EventRequest.Quota> quotas(Event e) {
        return e.quotas == null
                ? List.of()
                : e.quotas.stream()
                        .map(q -> new EventRequest.Quota(q.category(), q.seats()))
                        .toList();
    }
}
