package io.alliancehub.contracts.events.members;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.Sector;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.schema.MinLength;
import io.alliancehub.contracts.schema.Minimum;
import io.alliancehub.contracts.schema.Pattern;
import io.alliancehub.contracts.schema.Required;
import io.alliancehub.contracts.schema.UniqueItems;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The public state of an organisation as carried by {@link OrganizationRegistered} and
 * {@link OrganizationUpdated}, so a consumer can keep its replica with one upsert for both. Its
 * properties are described (and their schema rules given) here, once for both payloads.
 * Carries no personal data: no contacts, e-mail addresses or phone numbers.
 */
public interface OrganizationSnapshot {

    @JsonPropertyDescription("Id of the organisation; also the Kafka record key and the CloudEvents subject.")
    @Required
    UUID organizationId();

    @JsonPropertyDescription("Version of the organisation after the change. A replica ignores an event whose "
            + "version is not newer than the one it holds.")
    @Minimum(0)
    long version();

    @JsonPropertyDescription("Name of the organisation.")
    @Required
    LocalizedText name();

    @JsonPropertyDescription("Short name of the organisation; absent when it has none.")
    LocalizedText shortName();

    @Required
    Sector sector();

    @JsonPropertyDescription("Unified social credit code (18 characters, GB 32100-2015; checksum checked by "
            + "members-service). Absent for organisations without one, e.g. foreign members.")
    @Pattern("^[0-9A-HJ-NPQRTUWXY]{18}$")
    String creditCode();

    @JsonPropertyDescription("Country, ISO 3166-1 alpha-2 code, e.g. CN.")
    @Pattern("^[A-Z]{2}$")
    String country();

    @JsonPropertyDescription("Province or state, e.g. Jiangsu.")
    @MinLength(1)
    String province();

    @JsonPropertyDescription("City, e.g. Wuxi.")
    @MinLength(1)
    String city();

    @JsonPropertyDescription("Focus fields of the organisation; empty when none.")
    @Required
    @UniqueItems
    List<Field> fields();

    @JsonPropertyDescription("Tier of the organisation's current membership.")
    @Required
    MembershipTier tier();

    @JsonPropertyDescription("Status of the organisation's current membership at the time of the event.")
    @Required
    MembershipStatus membershipStatus();

    @JsonPropertyDescription("Start of the membership's current term (YYYY-MM-DD); absent when it has no term.")
    LocalDate termStart();

    @JsonPropertyDescription("End of the membership's current term (YYYY-MM-DD); absent when it has no term. With it, "
            + "the latest snapshot of an organisation says all a replica keeps, so a replica rebuilt from the "
            + "compacted topic is complete.")
    LocalDate termEnd();
}
