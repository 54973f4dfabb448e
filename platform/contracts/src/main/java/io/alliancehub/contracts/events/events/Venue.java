package io.alliancehub.contracts.events.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Venue of an event as carried by the event payloads, e.g.
 * {@code {"name": "Boya International Conference Center", "city": "Wuxi"}}.
 *
 * @param name name of the venue, optional
 * @param city city of the venue, optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Venue(String name, String city) {
}
