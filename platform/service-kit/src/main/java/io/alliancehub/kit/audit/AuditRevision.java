package io.alliancehub.kit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: when, and who (the caller's actor name, or the scheduled job). */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public long id;

    @RevisionTimestamp
    @Column(name = "revision_at", nullable = false)
    public long timestamp;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(length = 500)
    public String reason;
}
