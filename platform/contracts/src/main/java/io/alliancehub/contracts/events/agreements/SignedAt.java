package io.alliancehub.contracts.events.agreements;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.schema.MinLength;
import java.util.UUID;

/** Where an agreement was signed, e.g. {@code {"place": "Wuxi", "eventId": "…"}}. */
@JsonClassDescription(
        "Where an agreement was signed: a place and/or the event at which it was signed, each " + "optional.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignedAt(
        @JsonPropertyDescription("Place of signing, e.g. Wuxi.") @MinLength(1)
        String place,

        @JsonPropertyDescription(
                "Id of the event (events-service) at which the agreement was signed, e.g. a signing " + "ceremony.")
        UUID eventId) {}
