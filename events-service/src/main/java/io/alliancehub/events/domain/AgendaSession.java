package io.alliancehub.events.domain;

import io.alliancehub.contracts.codes.SessionKind;
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
import org.hibernate.type.SqlTypes;

/** An agenda item of an event: a keynote, a panel, a signing, a blue-book release… */
@Entity
@Table(name = "agenda_session")
@Audited
public class AgendaSession extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    @Version
    public long version;

    public UUID eventId;

    public String titleZh;
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public SessionKind kind;

    public OffsetDateTime startsAt;
    public OffsetDateTime endsAt;
    public String room;

    /** Speakers in speaking order; a small value list, kept with the session. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Speaker> speakers = new ArrayList<>();

    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
}
