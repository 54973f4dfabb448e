package io.alliancehub.events.service;

import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.events.domain.AgendaSession;
import io.alliancehub.events.domain.Event;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
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
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    @Inject
    EventService events;

    public String of(UUID eventId) {
        Event e = events.visible(eventId);
        List<AgendaSession> sessions =
                AgendaSession.list("eventId", Sort.by("startsAt").and("id"), e.id);
        ZoneId zone = ZoneId.of(e.timeZone);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Alliance Hub//events-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(timeZone(zone, e.startsAt.toInstant()));

        VEvent main = new VEvent(local(e.startsAt, zone), local(e.endsAt, zone), text(e.titleZh, e.titleEn));
        main.add(new Uid(e.id + UID_DOMAIN));
        String place = String.join(
                ", ",
                java.util.stream.Stream.of(e.venueName, e.venueAddress, e.venueCity)
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
        if (!place.isEmpty()) {
            main.add(new Location(place));
        }
        if (e.descriptionZh != null || e.descriptionEn != null) {
            main.add(new Description(text(e.descriptionZh, e.descriptionEn)));
        }
        main.add(
                e.status == EventStatus.CANCELLED
                        ? new Status(Status.VALUE_CANCELLED)
                        : new Status(Status.VALUE_CONFIRMED));
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

    /**
     * The VTIMEZONE of the event's zone. For a zone without daylight saving today (Asia/Shanghai
     * since 1991) a single STANDARD observance: the full historical definitions carry the 1986–1991
     * summer-time rules, which some readers (ical4j among them) misapply to current dates. Zones
     * that do observe daylight saving get ical4j's complete definition.
     */
    static VTimeZone timeZone(ZoneId zone, Instant at) {
        ZoneRules rules = zone.getRules();
        if (!rules.getTransitionRules().isEmpty()) {
            return ZONES.getTimeZone(zone.getId()).getVTimeZone();
        }
        ZoneOffset offset = rules.getOffset(at);
        Standard standard = new Standard();
        standard.add(new TzOffsetFrom(offset));
        standard.add(new TzOffsetTo(offset));
        standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
        VTimeZone vtz = new VTimeZone();
        vtz.add(new TzId(zone.getId()));
        vtz.add(standard);
        return vtz;
    }

    private static ZonedDateTime local(OffsetDateTime t, ZoneId zone) {
        return t.atZoneSameInstant(zone);
    }

    /** Both languages when both are given, "中文 / English", as calendar clients show a single SUMMARY. */
    private static String text(String zh, String en) {
        return zh != null && en != null ? zh + " / " + en : zh != null ? zh : en;
    }
}
