package io.alliancehub.events.service.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckInRequest", description = "A scanned ticket at a gate.")
public record CheckInRequest(
        @Schema(
                description = "The ticket's secret, as its QR code holds it",
                example = "q3N0S9m1bXb8dS2v3Yk4Jw2Q1rT5uV7x")
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9_-]{16,64}", message = "a ticket is 16 to 64 letters, digits, - and _")
        String ticket,

        @Schema(description = "The gate's name, recorded with the check-in", example = "North entrance")
        @Size(max = 100)
        String gate) {}
