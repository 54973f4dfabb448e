package io.alliancehub.members.domain;

import static io.alliancehub.contracts.codes.MembershipStatus.*;

import io.alliancehub.contracts.codes.MembershipStatus;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The membership lifecycle, and the only place that decides it:
 * APPLIED → APPROVED | REJECTED; APPROVED → ACTIVE; ACTIVE ⇄ SUSPENDED; ACTIVE → GRACE (term ended)
 * → LAPSED (grace ended); RENEW brings GRACE/LAPSED back to ACTIVE; any live state → WITHDRAWN |
 * TERMINATED. REJECTED, WITHDRAWN and TERMINATED are final.
 */
public final class MembershipStateMachine {

    private static final Map<MembershipStatus, Map<MembershipAction, MembershipStatus>> MOVES =
            new EnumMap<>(MembershipStatus.class);

    static {
        for (MembershipStatus s : MembershipStatus.values()) {
            MOVES.put(s, new EnumMap<>(MembershipAction.class));
        }
        move(APPLIED, MembershipAction.APPROVE, APPROVED);
        move(APPLIED, MembershipAction.REJECT, REJECTED);
        move(APPROVED, MembershipAction.ACTIVATE, ACTIVE);
        move(ACTIVE, MembershipAction.SUSPEND, SUSPENDED);
        move(SUSPENDED, MembershipAction.REINSTATE, ACTIVE);
        move(ACTIVE, MembershipAction.ENTER_GRACE, GRACE);
        move(GRACE, MembershipAction.LAPSE, LAPSED);
        move(GRACE, MembershipAction.RENEW, ACTIVE);
        move(LAPSED, MembershipAction.RENEW, ACTIVE);
        for (MembershipStatus s : MembershipStatus.values()) {
            if (isLive(s)) {
                move(s, MembershipAction.WITHDRAW, WITHDRAWN);
                move(s, MembershipAction.TERMINATE, TERMINATED);
            }
        }
    }

    private MembershipStateMachine() {}

    private static void move(MembershipStatus from, MembershipAction action, MembershipStatus to) {
        MOVES.get(from).put(action, to);
    }

    /** Live states can still change; REJECTED, WITHDRAWN and TERMINATED are final. */
    public static boolean isLive(MembershipStatus status) {
        return status != REJECTED && status != WITHDRAWN && status != TERMINATED;
    }

    /** The state after {@code action}, or empty when the action is not allowed in {@code from}. */
    public static Optional<MembershipStatus> next(MembershipStatus from, MembershipAction action) {
        return Optional.ofNullable(MOVES.get(from).get(action));
    }

    /** The actions a person may take now (the scheduler's date-driven moves are not listed). */
    public static List<MembershipAction> allowedActions(MembershipStatus from) {
        return Arrays.stream(MembershipAction.values())
                .filter(a -> !a.isScheduled() && MOVES.get(from).containsKey(a))
                .toList();
    }
}
