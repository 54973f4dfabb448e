package io.alliancehub.notifications.service.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WebhookSecretRotation",
        description = "A new signing secret; the old one keeps signing for the overlap.")
public record RotationRequest(
        @Schema(
                description = "Hours during which deliveries carry a signature with the old secret as well "
                        + "(default 24; 0 ends it at once).",
                example = "24")
        @Min(0)
        @Max(168)
        Integer overlapHours) {}
