package io.alliancehub.contracts.events.agreements;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * Where an agreement was signed, e.g. {@code {"place": "Wuxi", "eventId": "…"}}.
 *
 * @param place   place of signing, optional
 * @param eventId the event (from the events replica) at which it was signed, e.g. a signing ceremony, optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignedAt(String place, UUID eventId) {
}
