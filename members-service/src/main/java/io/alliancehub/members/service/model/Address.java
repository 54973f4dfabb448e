package io.alliancehub.members.service.model;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the organisation is registered.")
public record Address(
        @Schema(description = "ISO 3166-1 alpha-2 country code", example = "CN")
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as CN")
        @Size(min = 2, max = 2)
        String country,

        @Schema(example = "Jiangsu") @Size(max = 100) String province,
        @Schema(example = "Wuxi") @Size(max = 100) String city) {}
