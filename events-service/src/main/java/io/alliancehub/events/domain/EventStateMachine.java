package io.alliancehub.events.domain;

import static io.alliancehub.contracts.codes.EventStatus.CANCELLED;
import static io.alliancehub.contracts.codes.EventStatus.COMPLETED;
import static io.alliancehub.contracts.codes.EventStatus.DRAFT;
import static io.alliancehub.contracts.codes.EventStatus.ONGOING;
import static io.alliancehub.contracts.codes.EventStatus.PUBLISHED;
import static io.alliancehub.contracts.codes.EventStatus.REGISTRATION_CLOSED;
import static io.alliancehub.contracts.codes.EventStatus.REGISTRATION_OPEN;

import io.alliancehub.contracts.codes.EventStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The event lifecycle: DRAFT → PUBLISHED → REGISTRATION_OPEN ⇄ REGISTRATION_CLOSED → ONGOING →
 * COMPLETED, START also straight from PUBLISHED (events without registration), CANCELLED from any
 * state before COMPLETED. The one place that decides which move is allowed.
 */
public final class EventStateMachine {

    private EventStateMachine() {}

    public static Optional<EventStatus> next(EventStatus from, EventAction action) {
        EventStatus to = switch (action) {
            case PUBLISH -> from == DRAFT ? PUBLISHED : null;
            case OPEN_REGISTRATION -> from == PUBLISHED || from == REGISTRATION_CLOSED ? REGISTRATION_OPEN : null;
            case CLOSE_REGISTRATION -> from == REGISTRATION_OPEN ? REGISTRATION_CLOSED : null;
            case START ->
                from == PUBLISHED || from == REGISTRATION_OPEN || from == REGISTRATION_CLOSED ? ONGOING : null;
            case COMPLETE -> from == ONGOING ? COMPLETED : null;
            case CANCEL -> from == COMPLETED || from == CANCELLED ? null : CANCELLED;
        };
        return Optional.ofNullable(to);
    }

    public static List<EventAction> allowedActions(EventStatus from) {
        return EnumSet.allOf(EventAction.class).stream()
                .filter(a -> next(from, a).isPresent())
                .toList();
    }

    /** States in which the public (and members) can see the event: everything after DRAFT. */
    public static boolean isPublished(EventStatus status) {
        return status != DRAFT;
    }

    /** States in which sessions, exhibitors and details may still change. */
    public static final Set<EventStatus> EDITABLE =
            EnumSet.of(DRAFT, PUBLISHED, REGISTRATION_OPEN, REGISTRATION_CLOSED, ONGOING);

    /** States in which registered attendees can be checked in. */
    public static final Set<EventStatus> CHECK_IN_OPEN = EnumSet.of(REGISTRATION_OPEN, REGISTRATION_CLOSED, ONGOING);
}
