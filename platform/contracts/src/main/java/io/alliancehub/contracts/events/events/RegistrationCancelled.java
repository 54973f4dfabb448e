package io.alliancehub.contracts.events.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.codes.RegistrationStatus;
import io.alliancehub.contracts.events.Descriptions;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.schema.MinLength;
import io.alliancehub.contracts.schema.Required;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** Payload of {@value EventTypes#REGISTRATION_CANCELLED}; its JSON Schema is generated from this record. */
@JsonClassDescription("A registration was cancelled (from any state before CHECKED_IN); cancelling a confirmed "
        + "registration frees a seat. " + Descriptions.NO_PERSONAL_DATA_REGISTRATIONS)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationCancelled(
        @JsonPropertyDescription(Descriptions.REGISTRATION_ID) @Required
        UUID registrationId,

        @JsonPropertyDescription(Descriptions.REGISTRATION_EVENT_ID) @Required
        UUID eventId,

        @JsonPropertyDescription(Descriptions.ATTENDEE_ORGANIZATION_ID)
        UUID organizationId,

        @JsonPropertyDescription(Descriptions.REGISTRATION_CATEGORY) @Required
        RegistrationCategory category,

        @JsonPropertyDescription(
                "Status of the registration before the cancellation (PENDING, CONFIRMED or " + "WAITLISTED).")
        @Required
        RegistrationStatus previousStatus,

        @JsonPropertyDescription("Free-text reason given for the cancellation; absent when none was given.")
        String reason,

        @JsonPropertyDescription(Descriptions.ACTOR) @Required @MinLength(1)
        String actor,

        @JsonPropertyDescription(Descriptions.OCCURRED_AT) @Required
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
