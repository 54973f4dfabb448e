package io.alliancehub.events.domain;

import io.alliancehub.kit.id.Uuid7;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A member organisation exhibiting at an event: its booth and what it shows. */
@Entity
@Table(name = "exhibitor")
@Audited
public class Exhibitor extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    @Version
    public long version;

    public UUID eventId;
    public UUID organizationId;
    public String booth;
    public String showcaseZh;
    public String showcaseEn;

    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
}
