package io.alliancehub.agreements.domain;

import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.codes.PartyStanding;
import io.alliancehub.contracts.common.LocalizedText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A party as stored with its agreement: a member organisation (by id) or an outside party (by
 * name), its role, signatories and standing (GOOD, or MEMBERSHIP_ENDED when the member's
 * membership ended after the agreement was made), and — while the agreement is being signed —
 * its own signature, or its refusal to sign.
 */
public record PartyEntry(
        UUID organizationId,
        LocalizedText name,
        PartyRole role,
        List<Signatory> signatories,
        PartyStanding standing,
        Signature signature,
        Declined declined) {

    public PartyEntry withStanding(PartyStanding newStanding) {
        return new PartyEntry(organizationId, name, role, signatories, newStanding, signature, declined);
    }

    public PartyEntry withSignature(Signature newSignature) {
        return new PartyEntry(organizationId, name, role, signatories, standing, newSignature, declined);
    }

    public PartyEntry withDeclined(Declined newDeclined) {
        return new PartyEntry(organizationId, name, role, signatories, standing, signature, newDeclined);
    }

    /** A person who signs for a party. Names are personal data: never in events. */
    public record Signatory(LocalizedText name, LocalizedText title) {}

    /**
     * The party's signature: which of its signatories signed, when and where, and who recorded it
     * ({@code onBehalfReason} when the secretariat recorded it for the party).
     */
    public record Signature(
            int signatory,
            LocalDate signedOn,
            String place,
            UUID eventId,
            String recordedBy,
            String onBehalfReason,
            OffsetDateTime recordedAt) {}

    /** The party refused to sign this text; signing stops until the text changes. */
    public record Declined(String reason, String by, OffsetDateTime at) {}
}
