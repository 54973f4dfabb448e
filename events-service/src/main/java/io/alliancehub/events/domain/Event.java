package io.alliancehub.events.domain;

import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.EventType;
import io.alliancehub.contracts.codes.EventVisibility;
import io.alliancehub.kit.id.Uuid7;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A forum, summit, sub-forum, annual meeting… Seats are counted from its registrations, under a row lock on the event. */
@Entity
@Table(name = "event")
@Audited
public class Event extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    @Version
    public long version;

    /** The forum this one is a sub-forum of; null for a top-level event. */
    public UUID parentId;

    @Enumerated(EnumType.STRING)
    public EventType type;

    public String titleZh;
    public String titleEn;
    public String descriptionZh;
    public String descriptionEn;

    /** Organising organisations (ids of the members replica). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] organizers = new UUID[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] coHosts = new UUID[0];

    public String venueName;
    public String venueAddress;
    public String venueCity;

    public OffsetDateTime startsAt;
    public OffsetDateTime endsAt;
    /** IANA zone of the venue, e.g. Asia/Shanghai: times are shown and calendars written in it. */
    public String timeZone;

    /** Seats; null means no limit. */
    public Integer capacity;

    /** Seats per registration category inside the capacity (PRESS 50, VIP 20): {@link Quota}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Quota> quotas = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public EventVisibility visibility;

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    public OffsetDateTime statusChangedAt;

    /**
     * When the event was first published; null for an event never published, which stays hidden from
     * those who could not see its draft even once it is cancelled.
     */
    @NotAudited
    public OffsetDateTime publishedAt;

    /** Lower-case zh, en and pinyin forms of the title, for {@code q}. */
    @NotAudited
    public String searchText;

    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
}
