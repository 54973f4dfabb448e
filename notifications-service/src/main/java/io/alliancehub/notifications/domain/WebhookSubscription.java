package io.alliancehub.notifications.domain;

import io.alliancehub.kit.id.Uuid7;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner system's subscription to the suite's CloudEvents, delivered to its URL. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    @Version
    public long version;

    /** The owning partner system: its token's subject. */
    public String owner;

    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] eventTypes;

    public String description;

    /** Where the owner is told when the subscription is disabled, and in which language; optional. */
    public String noticeEmail;

    public String noticeLanguage;

    @Enumerated(EnumType.STRING)
    public SubscriptionStatus status = SubscriptionStatus.ACTIVE;

    public String secret;
    public String previousSecret;
    public OffsetDateTime previousSecretUntil;
    public OffsetDateTime failingSince;
    public String disabledReason;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
}
