package io.alliancehub.contracts.events.members;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.Sector;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.Descriptions;
import io.alliancehub.contracts.events.EventTypes;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#ORGANIZATION_REGISTERED}; its JSON Schema is generated from this record (the
 * properties are described in {@link OrganizationSnapshot}). {@code fields} is never null (null becomes an
 * empty list).
 */
@JsonClassDescription("An organisation was registered; its membership starts as APPLIED. The public snapshot of "
        + "the organisation. " + Descriptions.NO_PERSONAL_DATA_ORGANIZATIONS)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationRegistered(
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
        LocalDate termStart,
        LocalDate termEnd)
        implements OrganizationSnapshot {

    public OrganizationRegistered {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(membershipStatus, "membershipStatus");
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
