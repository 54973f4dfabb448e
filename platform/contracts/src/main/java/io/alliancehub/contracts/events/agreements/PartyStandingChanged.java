package io.alliancehub.contracts.events.agreements;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.codes.PartyStanding;
import io.alliancehub.contracts.events.Descriptions;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.schema.Required;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** Payload of {@value EventTypes#AGREEMENT_PARTY_STANDING_CHANGED}; its JSON Schema is generated from this record. */
@JsonClassDescription("The standing of a party organisation of a live agreement changed, following a change of its "
        + "membership (from members-service events). One event per affected agreement. "
        + Descriptions.NO_PERSONAL_DATA_AGREEMENTS)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartyStandingChanged(
        @JsonPropertyDescription("Id of the agreement; also the Kafka record key and the CloudEvents subject.")
        @Required
        UUID agreementId,

        @JsonPropertyDescription(
                "Id of the party organisation whose standing changed (members-service organisation " + "id).")
        @Required
        UUID organizationId,

        @JsonPropertyDescription("Role of the organisation in the agreement.") @Required
        PartyRole role,

        @JsonPropertyDescription("Standing of the party before the change.") @Required
        PartyStanding oldStanding,

        @JsonPropertyDescription("Standing of the party after the change.") @Required
        PartyStanding newStanding,

        @JsonPropertyDescription(
                "Status of the organisation's membership that caused the change (from the members " + "replica).")
        @Required
        MembershipStatus membershipStatus,

        @JsonPropertyDescription(Descriptions.OCCURRED_AT) @Required
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
