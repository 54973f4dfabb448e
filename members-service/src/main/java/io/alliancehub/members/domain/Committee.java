package io.alliancehub.members.domain;

import io.alliancehub.kit.id.Uuid7;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** An alliance body: the preparatory group, the secretariat, a standards working group, … */
@Entity
@Table(name = "committee")
@Audited
public class Committee extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    @Version
    public long version;

    public String nameZh;
    public String nameEn;

    @Enumerated(EnumType.STRING)
    public CommitteeKind kind;

    public String descriptionZh;
    public String descriptionEn;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
}
