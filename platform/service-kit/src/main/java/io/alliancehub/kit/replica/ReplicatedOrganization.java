package io.alliancehub.kit.replica;

import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.Sector;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What events-service knows of a member organisation: a read replica built from members-service's
 * events on alliance.members.v1. Never written by the API.
 */
@Entity
@Table(name = "organization_replica")
public class ReplicatedOrganization extends PanacheEntityBase {

    @Id
    public UUID id;

    public String nameZh;
    public String nameEn;

    @Enumerated(EnumType.STRING)
    public Sector sector;

    @Enumerated(EnumType.STRING)
    public MembershipStatus membershipStatus;

    /** Version of the organisation in members-service that this row reflects; older events are ignored. */
    public long sourceVersion;

    public OffsetDateTime appliedAt;
}
