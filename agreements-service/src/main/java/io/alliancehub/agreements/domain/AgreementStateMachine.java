package io.alliancehub.agreements.domain;

import static io.alliancehub.contracts.codes.AgreementStatus.ACTIVE;
import static io.alliancehub.contracts.codes.AgreementStatus.COMPLETED;
import static io.alliancehub.contracts.codes.AgreementStatus.DRAFT;
import static io.alliancehub.contracts.codes.AgreementStatus.EXPIRED;
import static io.alliancehub.contracts.codes.AgreementStatus.NEGOTIATION;
import static io.alliancehub.contracts.codes.AgreementStatus.SIGNED;
import static io.alliancehub.contracts.codes.AgreementStatus.SIGNING;
import static io.alliancehub.contracts.codes.AgreementStatus.TERMINATED;
import static io.alliancehub.contracts.codes.AgreementStatus.UNDER_REVIEW;

import io.alliancehub.contracts.codes.AgreementStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The agreement lifecycle: DRAFT → UNDER_REVIEW → NEGOTIATION → SIGNING → SIGNED → ACTIVE →
 * COMPLETED | EXPIRED; UNDER_REVIEW, NEGOTIATION and SIGNING may go back to DRAFT; TERMINATED from
 * SIGNED or ACTIVE; EXPIRED (the end date passed) from SIGNED or ACTIVE, by the scheduler only.
 * NEGOTIATION → SIGNING → SIGNED are the parties' signatures ({@link Signing}), not actions.
 */
public final class AgreementStateMachine {

    /**
     * States whose text may still change (PATCH; in SIGNING a change voids the signatures so far); after
     * signing only amendments change it.
     */
    public static final Set<AgreementStatus> EDITABLE = EnumSet.of(DRAFT, UNDER_REVIEW, NEGOTIATION, SIGNING);
    /** States in which an agreement binds its parties: amendments, expiry and party standing apply. */
    public static final Set<AgreementStatus> IN_FORCE = EnumSet.of(SIGNED, ACTIVE);
    /** States after which nothing changes any more. */
    public static final Set<AgreementStatus> CLOSED = EnumSet.of(COMPLETED, EXPIRED, TERMINATED);

    private AgreementStateMachine() {}

    public static Optional<AgreementStatus> next(AgreementStatus from, AgreementAction action) {
        AgreementStatus to = switch (action) {
            case SUBMIT_FOR_REVIEW -> from == DRAFT ? UNDER_REVIEW : null;
            case RETURN_TO_DRAFT -> from == UNDER_REVIEW || from == NEGOTIATION || from == SIGNING ? DRAFT : null;
            case START_NEGOTIATION -> from == UNDER_REVIEW ? NEGOTIATION : null;
            case ACTIVATE -> from == SIGNED ? ACTIVE : null;
            case COMPLETE -> from == ACTIVE ? COMPLETED : null;
            case TERMINATE -> IN_FORCE.contains(from) ? TERMINATED : null;
            case EXPIRE -> IN_FORCE.contains(from) ? EXPIRED : null;
        };
        return Optional.ofNullable(to);
    }

    /** What a caller may ask for now (EXPIRE is the scheduler's). */
    public static List<AgreementAction> allowedActions(AgreementStatus from) {
        return EnumSet.allOf(AgreementAction.class).stream()
                .filter(a -> a != AgreementAction.EXPIRE && next(from, a).isPresent())
                .toList();
    }

    /** Visible beyond its parties (per visibility) from signing on; drafts and negotiations are the parties' own. */
    public static boolean isPublished(AgreementStatus status) {
        return !EDITABLE.contains(status);
    }
}
