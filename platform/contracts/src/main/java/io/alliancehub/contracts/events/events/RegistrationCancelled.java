package io.alliancehub.contracts.events.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.codes.RegistrationStatus;
import io.alliancehub.contracts.events.EventTypes;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#REGISTRATION_CANCELLED}: a registration was cancelled (from any state before
 * {@code CHECKED_IN}). Cancelling a confirmed registration frees a seat. Schema: {@code
 * schemas/events/registration.cancelled.v1.json}. Deliberately carries no personal data: no attendee name,
 * e-mail address or phone number; the attendee's organisation is given by id only.
 *
 * @param registrationId the registration id (the CloudEvents subject)
 * @param eventId        the event id (the Kafka record key, so one event's registrations stay in order)
 * @param organizationId id of the attendee's organisation when it is a member organisation, optional
 * @param category       registration category (required)
 * @param previousStatus status before the cancellation (required)
 * @param reason         free-text reason given for the cancellation, optional
 * @param actor          who made the change: an identifier (the token subject, or {@code system} for
 *                       date-driven changes), never a name, e-mail or phone
 * @param occurredAt     when the change happened, with offset (also the CloudEvents time)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationCancelled(
        UUID registrationId,
        UUID eventId,
        UUID organizationId,
        RegistrationCategory category,
        RegistrationStatus previousStatus,
        String reason,
        String actor,
        OffsetDateTime occurredAt) {

    public RegistrationCancelled {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(previousStatus, "previousStatus");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
