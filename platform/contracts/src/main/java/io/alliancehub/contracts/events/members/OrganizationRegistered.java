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
 * Payload of {@value EventTypes#ORGANIZATION_REGISTERED}: an organisation was registered (its
 * membership starts as {@code APPLIED}). Schema: {@code schemas/members/organization.registered.v1.json}.
 * Carries no personal data.
 *
 * @param organizationId   the organisation id (also the Kafka record key and the CloudEvents subject)
 * @param version          the organisation's version after the change (0 or more)
 * @param name             bilingual name (required)
 * @param shortName        bilingual short name, optional
 * @param sector           sector (required)
 * @param creditCode       unified social credit code (18 characters, GB 32100-2015), optional for foreign members
 * @param country          ISO 3166-1 alpha-2 country code, e.g. {@code CN}, optional
 * @param province         province, optional
 * @param city             city, optional
 * @param fields           focus fields; never null (null becomes an empty list)
 * @param tier             membership tier (required)
 * @param membershipStatus current membership status (required)
 */
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
        MembershipStatus membershipStatus) implements OrganizationSnapshot {

    public OrganizationRegistered {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(membershipStatus, "membershipStatus");
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
