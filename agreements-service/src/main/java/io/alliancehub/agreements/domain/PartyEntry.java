package io.alliancehub.agreements.domain;

import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.codes.PartyStanding;
import io.alliancehub.contracts.common.LocalizedText;
import java.util.List;
import java.util.UUID;

/**
 * A party as stored with its agreement: a member organisation (by id) or an outside party (by
 * name), its role, signatories and standing (GOOD, or MEMBERSHIP_ENDED when the member's
 * membership ended after the agreement was made).
 */
public record PartyEntry(
        UUID organizationId, LocalizedText name, PartyRole role, List<Signatory> signatories, PartyStanding standing) {

    public PartyEntry withStanding(PartyStanding newStanding) {
        return new PartyEntry(organizationId, name, role, signatories, newStanding);
    }

    /** A person who signs for a party. Names are personal data: never in events. */
    public record Signatory(LocalizedText name, LocalizedText title) {}
}
