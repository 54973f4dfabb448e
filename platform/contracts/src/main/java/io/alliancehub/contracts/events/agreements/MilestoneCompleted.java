package io.alliancehub.contracts.events.agreements;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.EventTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#MILESTONE_COMPLETED}: a milestone of an agreement was done. Schema: {@code
 * schemas/agreements/milestone.completed.v1.json}. Carries no personal data: signatory names and titles are
 * deliberately left out.
 *
 * @param milestoneId    the milestone id (the CloudEvents subject)
 * @param agreementId    the agreement the milestone belongs to (the Kafka record key)
 * @param title          bilingual title (required)
 * @param ownerPartyRole role of the party that owns the milestone (required)
 * @param dueOn          due date (required)
 * @param completedOn    the day it was done (required)
 * @param actor          who made the change: an identifier (the token subject, or {@code system} for
 *                       date-driven changes), never a name, e-mail or phone
 * @param occurredAt     when the change happened, with offset (also the CloudEvents time)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MilestoneCompleted(
        UUID milestoneId,
        UUID agreementId,
        LocalizedText title,
        PartyRole ownerPartyRole,
        LocalDate dueOn,
        LocalDate completedOn,
        String actor,
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
