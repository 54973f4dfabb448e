package io.alliancehub.contracts.events.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.events.Descriptions;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.schema.Minimum;
import io.alliancehub.contracts.schema.Required;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** Payload of {@value EventTypes#REGISTRATION_WAITLISTED}; its JSON Schema is generated from this record. */
@JsonClassDescription("A registration was put on the waitlist because the event was full. "
        + Descriptions.NO_PERSONAL_DATA_REGISTRATIONS)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationWaitlisted(
        @JsonPropertyDescription(Descriptions.REGISTRATION_ID) @Required
        UUID registrationId,

        @JsonPropertyDescription(Descriptions.REGISTRATION_EVENT_ID) @Required
        UUID eventId,

        @JsonPropertyDescription(Descriptions.ATTENDEE_ORGANIZATION_ID)
        UUID organizationId,

        @JsonPropertyDescription(Descriptions.REGISTRATION_CATEGORY) @Required
        RegistrationCategory category,

        @JsonPropertyDescription(
                "Position on the waitlist at the time of waitlisting, 1-based (1 = next to be " + "promoted).")
        @Minimum(1)
        int waitlistPosition,

        @JsonPropertyDescription(Descriptions.REGISTERED_AT) @Required
        OffsetDateTime registeredAt,

        @JsonPropertyDescription(Descriptions.OCCURRED_AT) @Required
        OffsetDateTime occurredAt) {

    public RegistrationWaitlisted {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
