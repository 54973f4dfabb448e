package io.alliancehub.notifications.domain;

import io.alliancehub.kit.id.Uuid7;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/**
 * One CloudEvent for one subscription. Its id is the {@code webhook-id} of every attempt, so a receiver can
 * drop a repeat; {@code seq} orders one aggregate's deliveries.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    public UUID subscriptionId;
    public String eventId;
    public String eventType;
    public String aggregateKey;
    public String body;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status = DeliveryStatus.PENDING;

    public int attempts;
    public OffsetDateTime nextAttemptAt;
    public OffsetDateTime lastAttemptAt;
    public Integer lastResponseCode;
    public String lastError;
    public OffsetDateTime deliveredAt;
    public OffsetDateTime createdAt;
}
