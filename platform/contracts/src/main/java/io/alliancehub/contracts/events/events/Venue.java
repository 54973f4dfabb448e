package io.alliancehub.contracts.events.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.schema.MinLength;

/**
 * Venue of an event as carried by the event payloads, e.g.
 * {@code {"name": "Boya International Conference Center", "city": "Wuxi"}}.
 */
@JsonClassDescription("Venue of an event: its name and city, each optional.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Venue(
        @JsonPropertyDescription("Name of the venue, e.g. Boya International Conference Center.") @MinLength(1)
        String name,

        @JsonPropertyDescription("City of the venue, e.g. Wuxi.") @MinLength(1)
        String city) {}
