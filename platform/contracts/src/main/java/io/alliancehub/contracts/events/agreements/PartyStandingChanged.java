package io.alliancehub.contracts.events.agreements;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.codes.PartyStanding;
import io.alliancehub.contracts.events.EventTypes;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#AGREEMENT_PARTY_STANDING_CHANGED}: the standing of a party organisation of a
 * live agreement changed, following a change of its membership (from members' events). One event per affected
 * agreement. Schema: {@code schemas/agreements/agreement.party-standing-changed.v1.json}. Carries no personal
 * data: signatory names and titles are deliberately left out.
 *
 * @param agreementId      the agreement id (also the Kafka record key and the CloudEvents subject)
 * @param organizationId   the party organisation whose standing changed
 * @param role             the organisation's role in the agreement
 * @param oldStanding      standing before the change (required)
 * @param newStanding      standing after the change (required)
 * @param membershipStatus the organisation's membership status that caused the change
 * @param occurredAt       when the change happened, with offset (also the CloudEvents time)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartyStandingChanged(
        UUID agreementId,
        UUID organizationId,
        PartyRole role,
        PartyStanding oldStanding,
        PartyStanding newStanding,
        MembershipStatus membershipStatus,
        OffsetDateTime occurredAt) {

    public PartyStandingChanged {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(oldStanding, "oldStanding");
        Objects.requireNonNull(newStanding, "newStanding");
        Objects.requireNonNull(membershipStatus, "membershipStatus");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
