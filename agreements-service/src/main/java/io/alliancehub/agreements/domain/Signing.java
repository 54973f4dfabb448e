package io.alliancehub.agreements.domain;

import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.PartyRole;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Signing party by party, as plain rules on an {@link Agreement}: every party signs for itself;
 * the first signature moves NEGOTIATION to SIGNING, the last one to SIGNED; a change of the text
 * or a party's refusal voids the signatures collected so far and goes back to NEGOTIATION.
 */
public final class Signing {

    /** The most principal parties an agreement may have: 甲方 … 癸方. */
    public static final int MAX_PRINCIPAL_PARTIES = (int) java.util.Arrays.stream(PartyRole.values())
            .filter(PartyRole::isPrincipal)
            .count();

    private Signing() {}

    public static boolean isSignable(AgreementStatus status) {
        return status == AgreementStatus.NEGOTIATION || status == AgreementStatus.SIGNING;
    }

    public static int required(Agreement a) {
        return a.parties.size();
    }

    public static int collected(Agreement a) {
        return (int) a.parties.stream().filter(p -> p.signature() != null).count();
    }

    public static List<PartyRole> pending(Agreement a) {
        return a.parties.stream()
                .filter(p -> p.signature() == null)
                .map(PartyEntry::role)
                .toList();
    }

    public static Optional<PartyEntry> declined(Agreement a) {
        return a.parties.stream().filter(p -> p.declined() != null).findFirst();
    }

    /** Records one party's signature and moves the status; true when it was the last one. */
    public static boolean sign(Agreement a, int partyIndex, PartyEntry.Signature signature, OffsetDateTime now) {
        a.parties = replace(a.parties, partyIndex, a.parties.get(partyIndex).withSignature(signature));
        boolean complete = collected(a) == required(a);
        AgreementStatus to = complete ? AgreementStatus.SIGNED : AgreementStatus.SIGNING;
        if (a.status != to) {
            a.status = to;
            a.statusChangedAt = now;
        }
        if (complete) {
            // the agreement's date and place are those of the signature that completed it
            a.signedOn = a.parties.stream()
                    .map(p -> p.signature().signedOn())
                    .max(Comparator.naturalOrder())
                    .orElse(signature.signedOn());
            a.signedAtPlace = signature.place();
            a.signedAtEventId = signature.eventId();
        }
        return complete;
    }

    /** A party declines to sign this text: the signatures so far are void and the agreement is negotiated again. */
    public static int decline(Agreement a, int partyIndex, PartyEntry.Declined declined, OffsetDateTime now) {
        a.parties = replace(a.parties, partyIndex, a.parties.get(partyIndex).withDeclined(declined));
        return voidAll(a, a.parties.get(partyIndex).role() + " declined to sign: " + declined.reason(), now);
    }

    /** The text changed: signatures and refusals so far are void (a refusal was of the old text). */
    public static int textChanged(Agreement a, OffsetDateTime now) {
        a.parties = a.parties.stream().map(p -> p.withDeclined(null)).toList();
        return voidAll(a, "the text changed after " + collected(a) + " of " + required(a) + " signatures", now);
    }

    /**
     * Voids every signature and returns a SIGNING agreement to NEGOTIATION, noting why on the agreement
     * when there was anything to void. Returns how many signatures were voided.
     */
    public static int voidAll(Agreement a, String why, OffsetDateTime now) {
        int voided = collected(a);
        a.parties = a.parties.stream().map(p -> p.withSignature(null)).toList();
        if (voided > 0) {
            a.signaturesVoidedAt = now;
            a.signaturesVoidedNote = why.length() > 500 ? why.substring(0, 500) : why;
        }
        if (a.status == AgreementStatus.SIGNING) {
            a.status = AgreementStatus.NEGOTIATION;
            a.statusChangedAt = now;
        }
        return voided;
    }

    /** Whether the signature's day is possible: not in the future. */
    public static boolean plausible(LocalDate signedOn, LocalDate today) {
        return signedOn != null && !signedOn.isAfter(today);
    }

    private static List<PartyEntry> replace(List<PartyEntry> parties, int index, PartyEntry with) {
        java.util.ArrayList<PartyEntry> copy = new java.util.ArrayList<>(parties);
        copy.set(index, Objects.requireNonNull(with));
        return List.copyOf(copy);
    }
}
