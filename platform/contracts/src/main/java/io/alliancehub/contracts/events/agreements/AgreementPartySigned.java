package io.alliancehub.contracts.events.agreements;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.events.Descriptions;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.schema.MinLength;
import io.alliancehub.contracts.schema.Required;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#AGREEMENT_PARTY_SIGNED}: one party signed (one event per signature); its JSON
 * Schema is generated from this record. The signatory is not named (personal data).
 */
@JsonClassDescription("One party of an agreement signed it. One event per signature; agreement.signed follows "
        + "when the last party has signed. The signatory is not named. " + Descriptions.NO_PERSONAL_DATA_AGREEMENTS)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgreementPartySigned(
        @JsonPropertyDescription("Id of the agreement; also the Kafka record key and the CloudEvents subject.")
        @Required
        UUID agreementId,

        @JsonPropertyDescription("Version of the agreement after the signature.") @Required
        long version,

        @JsonPropertyDescription("Reference number of the agreement.") @Required @MinLength(1)
        String referenceNumber,

        @JsonPropertyDescription("The party that signed: a member organisation (organizationId) or an external "
                + "organisation (name), and its role.")
        @Required
        Party party,

        @JsonPropertyDescription("Day the party signed (YYYY-MM-DD).") @Required
        LocalDate signedOn,

        @JsonPropertyDescription("Where the party signed: a place and/or the event; absent when not recorded.")
        SignedAt signedAt,

        @JsonPropertyDescription("True when the secretariat recorded the signature on the party's behalf (external "
                + "parties always; member parties with a reason).")
        @Required
        boolean recordedOnBehalf,

        @JsonPropertyDescription("Parties that have signed so far, this one included.") @Required
        int signaturesCollected,

        @JsonPropertyDescription("Parties that sign the agreement (all of them).") @Required
        int signaturesRequired,

        @JsonPropertyDescription(Descriptions.ACTOR) @Required @MinLength(1)
        String actor,

        @JsonPropertyDescription(Descriptions.OCCURRED_AT) @Required
        OffsetDateTime occurredAt) {

    public AgreementPartySigned {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(referenceNumber, "referenceNumber");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
