package io.alliancehub.notifications.service.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WebhookSecretRotation",
        description = "A new signing secret; the old one keeps signing for the overlap.")
public record RotationRequest(
        @Schema(
                description = "Hours during which deliveries carry a signature with the old secret as well "
                        + "(24 is usual; 0 ends the old secret at once).",
                example = "24")
        @NotNull
        @Min(0)
        @Max(168)
        Integer overlapHours) {}
