package io.alliancehub.agreements.domain;

import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.common.LocalizedText;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A cooperation agreement. Its text (title, parties, fields, deliverables, period) is frozen
 * once signed: a later change is an amendment, a new agreement that names this one in
 * {@code amendsId} and goes through its own lifecycle.
 */
@Entity
@Table(name = "agreement")
@Audited
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    @Version
    public long version;

    public String referenceNumber;
    public String titleZh;
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public AgreementType type;

    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    @Enumerated(EnumType.STRING)
    public AgreementVisibility visibility;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PartyEntry> parties = new ArrayList<>();

    /** The member organisations among the parties (kept in step with {@link #parties}). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] partyOrganizations = new UUID[0];

    /** Codes of {@link io.alliancehub.contracts.codes.Field}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] fields = new String[0];

    @JdbcTypeCode(SqlTypes.JSON)
    public List<LocalizedText> deliverables = new ArrayList<>();

    public LocalDate effectiveFrom;
    public LocalDate effectiveTo;
    public LocalDate signedOn;
    public String signedAtPlace;
    public UUID signedAtEventId;

    public UUID amendsId;
    public int amendmentNumber;
    public String summaryZh;
    public String summaryEn;

    public String terminationReason;

    /** When the signatures collected so far were last voided (a change of the text, a party declining), and why. */
    public OffsetDateTime signaturesVoidedAt;

    public String signaturesVoidedNote;

    /** Who moved the agreement into force, completed or terminated it (the actor, e.g. member:… or system:…). */
    public String activatedBy;

    public String completedBy;
    public String terminatedBy;
    /** The day agreement.expiring was published, so it is published once. */
    public LocalDate expiringNotifiedOn;

    public OffsetDateTime statusChangedAt;

    @NotAudited
    public String searchText;

    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
}
