package io.alliancehub.notifications.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What an e-mail says of an event (title, time, place), from events-service's latest snapshot event. */
@Entity
@Table(name = "event_summary")
public class EventSummary extends PanacheEntityBase {

    @Id
    public UUID eventId;

    public long version;
    public String titleZh;
    public String titleEn;
    public OffsetDateTime startsAt;
    public OffsetDateTime endsAt;
    public String timeZone;
    public String venueName;
    public String venueCity;
}
