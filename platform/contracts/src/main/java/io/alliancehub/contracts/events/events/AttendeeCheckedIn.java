package io.alliancehub.contracts.events.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.events.EventTypes;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#ATTENDEE_CHECKED_IN}: the attendee of a confirmed registration checked in at
 * the event. Schema: {@code schemas/events/attendee.checked-in.v1.json}. Deliberately carries no personal data:
 * no attendee name, e-mail address or phone number; the attendee's organisation is given by id only.
 *
 * @param registrationId the registration id (the CloudEvents subject)
 * @param eventId        the event id (the Kafka record key, so one event's registrations stay in order)
 * @param organizationId id of the attendee's organisation when it is a member organisation, optional
 * @param category       registration category (required)
 * @param actor          who checked the attendee in: an identifier (the token subject of the desk or app),
 *                       never a name, e-mail or phone
 * @param checkedInAt    when the attendee checked in, with offset (also the CloudEvents time)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AttendeeCheckedIn(
        UUID registrationId,
        UUID eventId,
        UUID organizationId,
        RegistrationCategory category,
        String actor,
        OffsetDateTime checkedInAt) {

    public AttendeeCheckedIn {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(checkedInAt, "checkedInAt");
    }
}
