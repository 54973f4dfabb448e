package io.alliancehub.notifications.service.model;

import io.alliancehub.notifications.domain.DeliveryStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event for one subscription: what was sent and how it went.")
public record DeliveryView(
        @Schema(
                description =
                        "The webhook-id header of every attempt: the same on a retry, so a receiver can drop a repeat")
        @NotNull
        UUID id,

        @NotNull UUID subscriptionId,

        @Schema(description = "The CloudEvent's id") @NotNull @Size(max = 200)
        String eventId,

        @Schema(description = "The CloudEvent's type") @NotNull @Size(max = 200)
        String eventType,

        @Schema(description = "The aggregate the event is about (its Kafka key): deliveries of one key arrive in order")
        @NotNull
        @Size(max = 200)
        String aggregateKey,

        @NotNull DeliveryStatus status,

        @Schema(description = "Attempts made so far") @NotNull
        int attempts,

        @Schema(description = "When it is tried next, while PENDING")
        OffsetDateTime nextAttemptAt,

        OffsetDateTime lastAttemptAt,

        @Schema(description = "HTTP status of the last answer; absent when there was none (timeout, refused)")
        Integer lastResponseCode,

        @Schema(description = "Why the last attempt failed, when it did") @Size(max = 1000)
        String lastError,

        OffsetDateTime deliveredAt,
        @NotNull OffsetDateTime createdAt) {}
