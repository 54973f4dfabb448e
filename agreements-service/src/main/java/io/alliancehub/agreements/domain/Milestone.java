package io.alliancehub.agreements.domain;

import io.alliancehub.contracts.codes.MilestoneStatus;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.kit.id.Uuid7;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A milestone of an agreement, owned by one of its parties (by role). */
@Entity
@Table(name = "milestone")
@Audited
public class Milestone extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    @Version
    public long version;

    public UUID agreementId;
    public String titleZh;
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public PartyRole ownerPartyRole;

    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public MilestoneStatus status;

    public LocalDate completedOn;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
}
