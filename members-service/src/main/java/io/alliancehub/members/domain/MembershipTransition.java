package io.alliancehub.members.domain;

import io.alliancehub.contracts.codes.MembershipStatus;
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

/** One move of a membership: who, when, why. Append-only. */
@Entity
@Table(name = "membership_transition")
public class MembershipTransition extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    public MembershipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public MembershipStatus toStatus;

    @Enumerated(EnumType.STRING)
    public MembershipAction action;

    public String reason;
    public String actor;
    public OffsetDateTime occurredAt;
    public LocalDate termStart;
    public LocalDate termEnd;
}
