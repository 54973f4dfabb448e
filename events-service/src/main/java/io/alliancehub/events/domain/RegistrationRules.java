package io.alliancehub.events.domain;

import static io.alliancehub.contracts.codes.RegistrationStatus.CANCELLED;
import static io.alliancehub.contracts.codes.RegistrationStatus.CHECKED_IN;
import static io.alliancehub.contracts.codes.RegistrationStatus.CONFIRMED;
import static io.alliancehub.contracts.codes.RegistrationStatus.WAITLISTED;

import io.alliancehub.contracts.codes.RegistrationStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The registration lifecycle: PENDING → CONFIRMED | WAITLISTED; WAITLISTED → CONFIRMED when a
 * seat frees (first come, first served); CONFIRMED → CHECKED_IN; CANCELLED from any state before
 * CHECKED_IN. PENDING lasts only inside the registering transaction: the seat decision is made
 * under the event's row lock before anything is committed.
 */
public final class RegistrationRules {

    /** Statuses that hold a seat. */
    public static final Set<RegistrationStatus> HOLDS_SEAT = EnumSet.of(CONFIRMED, CHECKED_IN);

    private RegistrationRules() {}

    /** The status a new registration gets, given the seats taken and the event's capacity (null: unlimited). */
    public static RegistrationStatus place(long seatsTaken, Integer capacity) {
        return capacity == null || seatsTaken < capacity ? CONFIRMED : WAITLISTED;
    }

    /**
     * The same with a category quota: a seat needs room in the event and, when the category has a quota
     * (null: none), in the category.
     */
    public static RegistrationStatus place(long seatsTaken, Integer capacity, long takenInCategory, Integer quota) {
        boolean categoryRoom = quota == null || takenInCategory < quota;
        return categoryRoom ? place(seatsTaken, capacity) : WAITLISTED;
    }

    /** The quota of a category among an event's quotas, or null when it has none. */
    public static Integer quotaOf(
            java.util.List<Quota> quotas, io.alliancehub.contracts.codes.RegistrationCategory category) {
        return quotas == null
                ? null
                : quotas.stream()
                        .filter(q -> q.category() == category)
                        .map(Quota::seats)
                        .findFirst()
                        .orElse(null);
    }

    public static boolean canCancel(RegistrationStatus status) {
        return status != CHECKED_IN && status != CANCELLED;
    }

    public static boolean canCheckIn(RegistrationStatus status) {
        return status == CONFIRMED;
    }
}
