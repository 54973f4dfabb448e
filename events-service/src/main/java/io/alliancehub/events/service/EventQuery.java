package io.alliancehub.events.service;

import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.EventType;
import io.alliancehub.contracts.codes.EventVisibility;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The filters of an event list; null means "any". from/to select events overlapping that span. */
public record EventQuery(
        String q,
        EventType type,
        EventStatus status,
        String city,
        UUID organizer,
        OffsetDateTime from,
        OffsetDateTime to,
        UUID parentId,
        Boolean topLevel,
        EventVisibility visibility,
        OffsetDateTime updatedSince) {}
