package io.alliancehub.contracts.events.members;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.Sector;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.EventTypes;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#ORGANIZATION_UPDATED}: the organisation's public data changed. Carries
 * the full snapshot after the change (same fields as {@link OrganizationRegistered}) plus the names of
 * the properties that changed. Schema: {@code schemas/members/organization.updated.v1.json}.
 * Carries no personal data.
 *
 * @param changedFields names of the organisation's properties that changed, e.g. {@code ["name", "fields"]};
 *                      may name properties the event does not carry (e.g. {@code website}); never null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationUpdated(
        UUID organizationId,
        long version,
        LocalizedText name,
        LocalizedText shortName,
        Sector sector,
        String creditCode,
        String country,
        String province,
        String city,
        List<Field> fields,
        MembershipTier tier,
        MembershipStatus membershipStatus,
        List<String> changedFields) implements OrganizationSnapshot {

    public OrganizationUpdated {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(membershipStatus, "membershipStatus");
        fields = fields == null ? List.of() : List.copyOf(fields);
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }
}
