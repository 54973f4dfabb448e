package io.alliancehub.events.service;

import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.events.domain.AgendaSession;
import io.alliancehub.events.domain.Event;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An event and its agenda as RFC 5545 iCalendar (ical4j): one VEVENT for the event and one per
 * session, with times in the event's zone and that zone's VTIMEZONE, so calendar clients show
 * the local time of the venue wherever the reader is.
 */
@ApplicationScoped
public class EventCalendar {

    private static final String UID_DOMAIN = "@events.alliancehub.io";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    @Inject
    EventService events;

    public String of(UUID eventId) {
        Event e = events.visible(eventId);
        List<AgendaSession> sessions = AgendaSession.list("eventId", Sort.by("startsAt").and("id"), e.id);
        ZoneId zone = ZoneId.of(e.timeZone);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Alliance Hub//events-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ZONES.getTimeZone(e.timeZone).getVTimeZone());

        VEvent main = new VEvent(local(e.startsAt, zone), local(e.endsAt, zone), text(e.titleZh, e.titleEn));
        main.add(new Uid(e.id + UID_DOMAIN));
        String place = String.join(", ", java.util.stream.Stream.of(e.venueName, e.venueAddress, e.venueCity)
                .filter(s -> s != null && !s.isBlank()).toList());
        if (!place.isEmpty()) {
            main.add(new Location(place));
        }
        if (e.descriptionZh != null || e.descriptionEn != null) {
            main.add(new Description(text(e.descriptionZh, e.descriptionEn)));
        }
        main.add(e.status == EventStatus.CANCELLED ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        calendar.add(main);

        for (AgendaSession s : sessions) {
            VEvent item = new VEvent(local(s.startsAt, zone), local(s.endsAt, zone), text(s.titleZh, s.titleEn));
            item.add(new Uid(s.id + UID_DOMAIN));
            item.add(new RelatedTo(e.id + UID_DOMAIN));
            if (s.room != null) {
                item.add(new Location(s.room));
            }
            calendar.add(item);
        }
        return calendar.toString();
    }

    private static ZonedDateTime local(OffsetDateTime t, ZoneId zone) {
        return t.atZoneSameInstant(zone);
    }

    /** Both languages when both are given, "中文 / English", as calendar clients show a single SUMMARY. */
    private static String text(String zh, String en) {
        return zh != null && en != null ? zh + " / " + en : zh != null ? zh : en;
    }
}
