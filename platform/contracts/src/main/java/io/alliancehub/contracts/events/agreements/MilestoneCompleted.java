package io.alliancehub.contracts.events.agreements;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.Descriptions;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.schema.MinLength;
import io.alliancehub.contracts.schema.Required;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** Payload of {@value EventTypes#MILESTONE_COMPLETED}; its JSON Schema is generated from this record. */
@JsonClassDescription("A milestone of an agreement was done. " + Descriptions.NO_PERSONAL_DATA_AGREEMENTS)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MilestoneCompleted(
        @JsonPropertyDescription(Descriptions.MILESTONE_ID) @Required
        UUID milestoneId,

        @JsonPropertyDescription(Descriptions.MILESTONE_AGREEMENT_ID) @Required
        UUID agreementId,

        @JsonPropertyDescription(Descriptions.MILESTONE_TITLE) @Required
        LocalizedText title,

        @JsonPropertyDescription(Descriptions.MILESTONE_OWNER_PARTY_ROLE) @Required
        PartyRole ownerPartyRole,

        @JsonPropertyDescription(Descriptions.MILESTONE_DUE_ON) @Required
        LocalDate dueOn,

        @JsonPropertyDescription("Day the milestone was done (YYYY-MM-DD).") @Required
        LocalDate completedOn,

        @JsonPropertyDescription(Descriptions.ACTOR) @Required @MinLength(1)
        String actor,

        @JsonPropertyDescription(Descriptions.OCCURRED_AT) @Required
        OffsetDateTime occurredAt) {

    public MilestoneCompleted {
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(ownerPartyRole, "ownerPartyRole");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
