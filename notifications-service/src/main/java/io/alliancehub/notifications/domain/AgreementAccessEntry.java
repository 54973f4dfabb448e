package io.alliancehub.notifications.domain;

import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * An agreement's status and visibility as its latest snapshot event told them: what decides whether a partner
 * receives the events about it that carry neither (milestones, party standing).
 */
@Entity
@Table(name = "agreement_access")
public class AgreementAccessEntry extends PanacheEntityBase {

    @Id
    public UUID agreementId;

    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    @Enumerated(EnumType.STRING)
    public AgreementVisibility visibility;

    /** The member organisations among its parties. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    @jakarta.persistence.Column(columnDefinition = "uuid[]")
    public UUID[] partyOrganizations = new UUID[0];

    /** The snapshot's version: an older snapshot (a redelivery out of order) never overwrites a newer one. */
    public long version;
}
