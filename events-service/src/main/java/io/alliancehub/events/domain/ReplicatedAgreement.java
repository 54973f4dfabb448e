package io.alliancehub.events.domain;

import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What events-service knows of an agreement signed at one of its events: a read replica built from
 * alliance.agreements.v1 (agreement.signed names the event; later snapshots update the status).
 */
@Entity
@Table(name = "agreement_replica")
public class ReplicatedAgreement extends PanacheEntityBase {

    @Id
    public UUID id;

    public String referenceNumber;
    public String titleZh;
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public AgreementType type;

    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    @Enumerated(EnumType.STRING)
    public AgreementVisibility visibility;

    /** The member organisations among the parties: they see their PARTIES-only agreements. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] partyOrganizations = new UUID[0];

    public LocalDate signedOn;
    public UUID signedAtEventId;

    /** Version of the agreement in agreements-service that this row reflects; older snapshots are ignored. */
    public long sourceVersion;

    public OffsetDateTime appliedAt;
}
