package io.alliancehub.members.domain;

import io.alliancehub.kit.id.Uuid7;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A seat on a committee, held by an organisation (and optionally one of its contacts) for a term. */
@Entity
@Table(name = "committee_seat")
@Audited
public class CommitteeSeat extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    public UUID committeeId;
    public UUID organizationId;
    public UUID contactId;

    @Enumerated(EnumType.STRING)
    public SeatRole role;

    public LocalDate termStart;
    public LocalDate termEnd;
    public OffsetDateTime createdAt;
}
