package io.alliancehub.members.domain;

import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.Sector;
import io.alliancehub.kit.id.Uuid7;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A member organisation with its current membership (earlier states: {@link MembershipTransition}, Envers). */
@Entity
@Table(name = "organization")
@Audited
public class Organization extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    @Version
    public long version;

    public String nameZh;
    public String nameEn;
    public String shortNameZh;
    public String shortNameEn;

    @Enumerated(EnumType.STRING)
    public Sector sector;

    /** Unified social credit code; unique; null for foreign members. */
    public String creditCode;

    public String country;
    public String province;
    public String city;
    public String website;
    public String descriptionZh;
    public String descriptionEn;

    /** Focus fields: codes of {@link io.alliancehub.contracts.codes.Field}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] fields = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] tags = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(name = "membership_tier")
    public MembershipTier tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "membership_status")
    public MembershipStatus status;

    public LocalDate termStart;
    public LocalDate termEnd;
    public LocalDate joinedOn;
    public OffsetDateTime statusChangedAt;

    /** Lower-case zh, en and pinyin forms of the names, for {@code q} (see SearchText). */
    @NotAudited
    public String searchText;

    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
}
