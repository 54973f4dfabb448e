package io.alliancehub.contracts.events.members;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.events.Descriptions;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.schema.MinLength;
import io.alliancehub.contracts.schema.Pattern;
import io.alliancehub.contracts.schema.Required;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#MEMBERSHIP_STATUS_CHANGED}; its JSON Schema is generated from this record. The
 * initial {@code APPLIED} status is reported by {@link OrganizationRegistered}, so {@code oldStatus} is always
 * present here.
 */
@JsonClassDescription("The membership of an organisation moved from one status to another, by an explicit "
        + "transition or a date-driven move. " + Descriptions.NO_PERSONAL_DATA_ORGANIZATIONS)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MembershipStatusChanged(
        @JsonPropertyDescription("Id of the organisation; also the Kafka record key and the CloudEvents subject.")
        @Required
        UUID organizationId,

        @JsonPropertyDescription("Tier of the membership.") @Required
        MembershipTier tier,

        @JsonPropertyDescription("Status before the move. Always present: the initial APPLIED status is reported by "
                + "organization.registered.")
        @Required
        MembershipStatus oldStatus,

        @JsonPropertyDescription("Status after the move.") @Required
        MembershipStatus newStatus,

        @JsonPropertyDescription("What caused the move: a transition action (APPROVE, REJECT, ACTIVATE, SUSPEND, "
                + "REINSTATE, RENEW, WITHDRAW, TERMINATE) or the name of a date-driven move made by the scheduler.")
        @Required
        @Pattern("^[A-Z][A-Z0-9_]*$")
        String action,

        @JsonPropertyDescription("Free-text reason given for the move; absent when none was given.")
        String reason,

        @JsonPropertyDescription("Who made the move, as an identifier: the subject of the caller's token, or "
                + "'system' for date-driven moves. Never a person's name, e-mail address or phone number.")
        @Required
        @MinLength(1)
        String actor,

        @JsonPropertyDescription(
                "Start of the membership's current term after the move (YYYY-MM-DD); absent when " + "it has no term.")
        LocalDate termStart,

        @JsonPropertyDescription(
                "End of the membership's current term after the move (YYYY-MM-DD); absent when it " + "has no term.")
        LocalDate termEnd,

        @JsonPropertyDescription("When the move happened (RFC 3339 with offset).") @Required
        OffsetDateTime changedAt) {

    public MembershipStatusChanged {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(oldStatus, "oldStatus");
        Objects.requireNonNull(newStatus, "newStatus");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
