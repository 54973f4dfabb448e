package io.alliancehub.notifications.service.model;

import io.alliancehub.kit.web.Versioned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WebhookSecret",
        description = "A subscription with its signing secret, answered once: when it is created "
                + "and when its secret is rotated. Keep the secret; it is never shown again.")
public record SubscriptionCreated(
        @NotNull SubscriptionView subscription,

        @Schema(
                description = "The Standard Webhooks signing secret (whsec_ + base64 of 32 bytes): verify each "
                        + "delivery's webhook-signature with it.",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwJ0d8a0Pvi3o=")
        @NotNull
        @Size(max = 100)
        String secret)
        implements Versioned {

    @Override
    public UUID id() {
        return subscription.id();
    }

    @Override
    public long version() {
        return subscription.version();
    }
}
