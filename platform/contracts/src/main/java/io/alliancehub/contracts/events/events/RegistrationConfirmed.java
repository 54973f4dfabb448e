package io.alliancehub.contracts.events.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.events.Descriptions;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.schema.Required;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** Payload of {@value EventTypes#REGISTRATION_CONFIRMED}; its JSON Schema is generated from this record. */
@JsonClassDescription("A registration was confirmed: a seat is taken, directly or by promotion from the waitlist "
        + "when a seat freed. " + Descriptions.NO_PERSONAL_DATA_REGISTRATIONS)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationConfirmed(
        @JsonPropertyDescription(Descriptions.REGISTRATION_ID) @Required
        UUID registrationId,

        @JsonPropertyDescription(Descriptions.REGISTRATION_EVENT_ID) @Required
        UUID eventId,

        @JsonPropertyDescription(Descriptions.ATTENDEE_ORGANIZATION_ID)
        UUID organizationId,

        @JsonPropertyDescription(Descriptions.REGISTRATION_CATEGORY) @Required
        RegistrationCategory category,

        @JsonPropertyDescription("True when the registration was on the waitlist and was promoted because a seat "
                + "freed; false when it was confirmed directly.")
        boolean promotedFromWaitlist,

        @JsonPropertyDescription(Descriptions.REGISTERED_AT) @Required
        OffsetDateTime registeredAt,

        @JsonPropertyDescription(Descriptions.OCCURRED_AT) @Required
        OffsetDateTime occurredAt) {

    public RegistrationConfirmed {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
