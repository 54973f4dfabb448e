package io.alliancehub.contracts.events.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.events.Descriptions;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.schema.MinLength;
import io.alliancehub.contracts.schema.Required;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** Payload of {@value EventTypes#ATTENDEE_CHECKED_IN}; its JSON Schema is generated from this record. */
@JsonClassDescription("The attendee of a confirmed registration checked in at the event. "
        + Descriptions.NO_PERSONAL_DATA_REGISTRATIONS)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AttendeeCheckedIn(
        @JsonPropertyDescription(Descriptions.REGISTRATION_ID) @Required
        UUID registrationId,

        @JsonPropertyDescription(Descriptions.REGISTRATION_EVENT_ID) @Required
        UUID eventId,

        @JsonPropertyDescription(Descriptions.ATTENDEE_ORGANIZATION_ID)
        UUID organizationId,

        @JsonPropertyDescription(Descriptions.REGISTRATION_CATEGORY) @Required
        RegistrationCategory category,

        @JsonPropertyDescription("Who checked the attendee in, as an identifier: the subject of the caller's token. "
                + "Never a person's name, e-mail address or phone number.")
        @Required
        @MinLength(1)
        String actor,

        @JsonPropertyDescription(
                "When the attendee checked in (RFC 3339 with offset); also the CloudEvents time " + "(ce_time).")
        @Required
        OffsetDateTime checkedInAt) {

    public AttendeeCheckedIn {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(checkedInAt, "checkedInAt");
    }
}
