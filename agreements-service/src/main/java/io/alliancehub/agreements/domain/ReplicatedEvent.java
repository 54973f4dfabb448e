package io.alliancehub.agreements.domain;

import io.alliancehub.contracts.codes.EventStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What agreements-service knows of a forum or summit: a read replica built from alliance.events.v1. */
@Entity
@Table(name = "event_replica")
public class ReplicatedEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    public String titleZh;
    public String titleEn;
    public OffsetDateTime startsAt;
    public OffsetDateTime endsAt;

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    /** Version of the event in events-service that this row reflects; older snapshots are ignored. */
    public long sourceVersion;

    public OffsetDateTime appliedAt;
}
