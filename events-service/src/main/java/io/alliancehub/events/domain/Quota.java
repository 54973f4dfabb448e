package io.alliancehub.events.domain;

import io.alliancehub.contracts.codes.RegistrationCategory;

/** Seats reserved for one registration category inside an event's capacity. */
public record Quota(RegistrationCategory category, int seats) {}
