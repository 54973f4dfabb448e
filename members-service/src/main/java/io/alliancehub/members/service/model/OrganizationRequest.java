package io.alliancehub.members.service.model;

import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.Sector;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.validation.Bilingual;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation as a client writes it: the body of POST, and the document a merge patch applies
 * to. Server-owned fields (id, version, membership status, timestamps) are not part of it, so
 * they cannot be set by anyone (unknown properties are rejected).
 */
@Schema(name = "OrganizationRequest", description = "An organisation as a client writes it.")
public record OrganizationRequest(
        @Schema(
                description = "Full name; zh, en or both",
                example = "{\"zh\": \"博雅控股集团\", \"en\": \"Boya Holding Group\"}")
        @NotNull
        @Bilingual(max = 200)
        LocalizedText name,

        @Schema(description = "Short name", example = "{\"zh\": \"博雅\", \"en\": \"Boya\"}") @Bilingual(max = 100)
        LocalizedText shortName,

        @Schema(description = "Sector (see /api/v1/taxonomy)", example = "ENTERPRISE") @NotNull
        Sector sector,

        @Schema(
                description =
                        "Unified social credit code (GB 32100-2015, checksum verified); unique; omit for foreign members",
                example = "91320200MA149MQEP9")
        @CreditCodeFormat
        @Size(max = 18)
        String creditCode,

        @Valid Address address,

        @Schema(example = "https://example.org")
        @Size(max = 500)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String website,

        @Schema(description = "What the organisation does") @Bilingual(max = 4000)
        LocalizedText description,

        @Schema(description = "Focus fields (see /api/v1/taxonomy)", example = "[\"CELL_THERAPY\", \"STEM_CELLS\"]")
        @Size(max = 30)
        List<@NotNull Field> fields,

        @Schema(description = "Free tags", example = "[\"initiator\"]") @Size(max = 30)
        List<@NotBlank @Size(max = 50) String> tags,

        @Schema(description = "The membership applied for; created as APPLIED") @NotNull @Valid
        MembershipRequest membership) {

    @Schema(
            name = "MembershipRequest",
            description = "The tier applied for. Only the secretariat (admin) changes it later.")
    public record MembershipRequest(
            @Schema(example = "INITIATOR") @NotNull MembershipTier tier) {}
}
