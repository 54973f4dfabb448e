package io.alliancehub.members.service.model;

import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.Sector;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.web.Versioned;
import io.alliancehub.members.domain.MembershipAction;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organization", description = "A member organisation with its current membership.")
public record OrganizationView(
        @NotNull UUID id,

        @Schema(description = "Changes with every update; also the ETag") @NotNull
        long version,

        @NotNull LocalizedText name,
        LocalizedText shortName,
        @NotNull Sector sector,
        String creditCode,
        Address address,
        String website,
        LocalizedText description,
        @NotNull List<Field> fields,
        @NotNull List<String> tags,
        @NotNull MembershipView membership,
        @NotNull OffsetDateTime createdAt,
        @NotNull OffsetDateTime updatedAt)
        implements Versioned {

    @Schema(name = "Membership", description = "The current membership.")
    public record MembershipView(
            @NotNull MembershipTier tier,
            @NotNull MembershipStatus status,

            @Schema(description = "Start of the current term")
            LocalDate termStart,

            @Schema(description = "End of the current term (inclusive)")
            LocalDate termEnd,

            @Schema(description = "First activation") LocalDate joinedOn,
            OffsetDateTime statusChangedAt,

            @Schema(description = "Actions allowed now, for POST …/membership/transitions") @NotNull
            List<MembershipAction> allowedActions) {}
}
