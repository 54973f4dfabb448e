package io.alliancehub.contracts.events.agreements;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.alliancehub.contracts.codes.MilestoneStatus;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.EventTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#MILESTONE_OVERDUE}: a milestone passed its due date without being done; the
 * date-driven move to {@code OVERDUE}. Schema: {@code schemas/agreements/milestone.overdue.v1.json}. Carries no
 * personal data: signatory names and titles are deliberately left out.
 *
 * @param milestoneId    the milestone id (the CloudEvents subject)
 * @param agreementId    the agreement the milestone belongs to (the Kafka record key)
 * @param title          bilingual title (required)
 * @param ownerPartyRole role of the party that owns the milestone (required)
 * @param dueOn          due date (required)
 * @param previousStatus status before the move (PLANNED or IN_PROGRESS)
 * @param occurredAt     when the change happened, with offset (also the CloudEvents time)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MilestoneOverdue(
        UUID milestoneId,
        UUID agreementId,
        LocalizedText title,
        PartyRole ownerPartyRole,
        LocalDate dueOn,
        MilestoneStatus previousStatus,
        OffsetDateTime occurredAt) {

    public MilestoneOverdue {
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(ownerPartyRole, "ownerPartyRole");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(previousStatus, "previousStatus");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
