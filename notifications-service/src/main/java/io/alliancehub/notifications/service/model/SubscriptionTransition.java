package io.alliancehub.notifications.service.model;

import io.alliancehub.notifications.domain.SubscriptionAction;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSubscriptionTransition", description = "PAUSE or RESUME a subscription.")
public record SubscriptionTransition(
        @Schema(example = "PAUSE") @NotNull SubscriptionAction action) {}
