package io.alliancehub.contracts.events.members;

import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.Sector;
import io.alliancehub.contracts.common.LocalizedText;

import java.util.List;
import java.util.UUID;

/**
 * The public state of an organisation as carried by {@link OrganizationRegistered} and
 * {@link OrganizationUpdated}, so a consumer can keep its replica with one upsert for both.
 * Carries no personal data: no contacts, e-mail addresses or phone numbers.
 */
public interface OrganizationSnapshot {

    UUID organizationId();

    /** The organisation's version after the change; a replica ignores a snapshot older than what it has. */
    long version();

    LocalizedText name();

    LocalizedText shortName();

    Sector sector();

    String creditCode();

    String country();

    String province();

    String city();

    List<Field> fields();

    MembershipTier tier();

    MembershipStatus membershipStatus();
}
