package io.alliancehub.notifications.service.model;

import io.alliancehub.kit.web.Versioned;
import io.alliancehub.notifications.domain.SubscriptionAction;
import io.alliancehub.notifications.domain.SubscriptionStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WebhookSubscription",
        description = "A partner system's webhook subscription. The secret is never shown "
                + "again after it was created or rotated.")
public record SubscriptionView(
        @NotNull UUID id,
        @NotNull long version,
        @NotNull @Size(max = 200) String owner,
        @NotNull @Size(max = 2000) String url,
        @NotNull List<@Size(max = 200) String> eventTypes,
        @Size(max = 500) String description,

        @Schema(description = "Where the owner is told when the subscription is disabled; absent when not given")
        @Size(max = 254)
        String noticeEmail,

        @Schema(description = "Language of that notice (zh or en); absent when no notice address is given")
        @Size(max = 2)
        String noticeLanguage,

        @NotNull SubscriptionStatus status,
        @NotNull List<SubscriptionAction> allowedActions,

        @Schema(description = "Why the subscription was disabled; present while it is DISABLED") @Size(max = 500)
        String disabledReason,

        @Schema(description = "Since when its deliveries have been failing; absent while they succeed")
        OffsetDateTime failingSince,

        @Schema(description = "Until when the previous secret also signs deliveries (after a rotation)")
        OffsetDateTime previousSecretValidUntil,

        @NotNull OffsetDateTime createdAt,
        @NotNull OffsetDateTime updatedAt)
        implements Versioned {}
