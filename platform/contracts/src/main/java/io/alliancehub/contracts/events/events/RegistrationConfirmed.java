package io.alliancehub.contracts.events.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.events.EventTypes;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#REGISTRATION_CONFIRMED}: a registration was confirmed and holds a seat, either
 * when it was made or by promotion from the waitlist when a seat freed. Schema: {@code
 * schemas/events/registration.confirmed.v1.json}. Deliberately carries no personal data: no attendee name,
 * e-mail address or phone number; the attendee's organisation is given by id only.
 *
 * @param registrationId       the registration id (the CloudEvents subject)
 * @param eventId              the event id (the Kafka record key, so one event's registrations stay in order)
 * @param organizationId       id of the attendee's organisation when it is a member organisation, optional
 * @param category             registration category (required)
 * @param promotedFromWaitlist whether the registration was waitlisted before (promoted when a seat freed)
 * @param registeredAt         when the registration was made, with offset
 * @param occurredAt           when the change happened, with offset (also the CloudEvents time)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationConfirmed(
        UUID registrationId,
        UUID eventId,
        UUID organizationId,
        RegistrationCategory category,
        boolean promotedFromWaitlist,
        OffsetDateTime registeredAt,
        OffsetDateTime occurredAt) {

    public RegistrationConfirmed {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
