package io.alliancehub.contracts.access;

import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementVisibility;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read an agreement: one rule for agreements-service, which answers reads with it, and for
 * notifications-service, which sends a partner's webhook only the agreement events that partner could read
 * through the API.
 */
public final class AgreementAccess {

    /** Who is reading, by the role of the token. */
    public enum Reader {
        ANONYMOUS,
        MEMBER,
        PARTNER,
        ADMIN
    }

    /** States in which an agreement is still being drafted or signed: only the secretariat and its parties see it. */
    public static final Set<AgreementStatus> UNPUBLISHED = EnumSet.of(
            AgreementStatus.DRAFT, AgreementStatus.UNDER_REVIEW, AgreementStatus.NEGOTIATION, AgreementStatus.SIGNING);

    private AgreementAccess() {}

    /**
     * True when {@code reader} may read an agreement in {@code status} with {@code visibility}.
     *
     * @param party true when the reader is a member token whose organisation is one of the parties (a partner
     *     system's {@code org} claim never makes it a party)
     */
    public static boolean readable(
            AgreementStatus status, AgreementVisibility visibility, Reader reader, boolean party) {
        if (reader == Reader.ADMIN || party) {
            return true;
        }
        if (status == null || visibility == null || UNPUBLISHED.contains(status)) {
            return false;
        }
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> reader == Reader.MEMBER || reader == Reader.PARTNER;
            case PARTIES -> false;
        };
    }
}
