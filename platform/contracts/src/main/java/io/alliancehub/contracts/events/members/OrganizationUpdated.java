package io.alliancehub.contracts.events.members;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.Sector;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.Descriptions;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.schema.Pattern;
import io.alliancehub.contracts.schema.Required;
import io.alliancehub.contracts.schema.UniqueItems;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#ORGANIZATION_UPDATED}; its JSON Schema is generated from this record (the
 * snapshot properties are described in {@link OrganizationSnapshot}). {@code fields} and {@code changedFields}
 * are never null (null becomes an empty list).
 */
@JsonClassDescription("The public data of an organisation changed. The full public snapshot after the change, "
        + "plus the names of the changed properties. " + Descriptions.NO_PERSONAL_DATA_ORGANIZATIONS)
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

        @JsonPropertyDescription("Names of the organisation's properties that changed (camelCase, dotted for "
                + "nested ones, e.g. name, fields, address.city). May name properties this event does not carry "
                + "(e.g. website, description, tags).")
        @Required
        @UniqueItems
        @Pattern(Descriptions.CHANGED_FIELD_PATTERN)
        List<String> changedFields,

        LocalDate termStart,

        LocalDate termEnd)
        implements OrganizationSnapshot {

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
