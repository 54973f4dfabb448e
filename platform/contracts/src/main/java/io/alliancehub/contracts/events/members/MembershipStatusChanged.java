package io.alliancehub.contracts.events.members;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.events.EventTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#MEMBERSHIP_STATUS_CHANGED}: an organisation's membership moved from one
 * status to another, by an explicit action or a date-driven move. The initial {@code APPLIED} status is
 * reported by {@link OrganizationRegistered}, so {@code oldStatus} is always present here.
 * Schema: {@code schemas/members/membership.status-changed.v1.json}. Carries no personal data.
 *
 * @param organizationId the organisation id (also the Kafka record key and the CloudEvents subject)
 * @param tier           the membership tier
 * @param oldStatus      the status before the move (required)
 * @param newStatus      the status after the move (required)
 * @param action         what caused the move, upper-case, e.g. {@code APPROVE}, {@code SUSPEND}, {@code RENEW}
 *                       or the name of a date-driven move
 * @param reason         free-text reason, optional
 * @param actor          who made the move: an identifier (the token subject, or {@code system} for
 *                       date-driven moves), never a name, e-mail or phone
 * @param termStart      current term start after the move, optional
 * @param termEnd        current term end after the move, optional
 * @param changedAt      when the move happened, with offset
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MembershipStatusChanged(
        UUID organizationId,
        MembershipTier tier,
        MembershipStatus oldStatus,
        MembershipStatus newStatus,
        String action,
        String reason,
        String actor,
        LocalDate termStart,
        LocalDate termEnd,
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
