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

/** A person at a member organisation. Email and phone are personal data (see ContactService). */
@Entity
@Table(name = "contact")
@Audited
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    @Version
    public long version;

    public UUID organizationId;
    public String nameZh;
    public String nameEn;
    public String titleZh;
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public ContactRole role;

    public String email;
    public String phone;
    /** The language of the e-mails the contact receives: zh or en. */
    public String language = "zh";

    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
}
