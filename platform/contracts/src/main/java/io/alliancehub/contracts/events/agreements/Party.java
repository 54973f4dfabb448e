package io.alliancehub.contracts.events.agreements;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.common.LocalizedText;

import java.util.Objects;
import java.util.UUID;

/**
 * A party to an agreement as carried by the agreement payloads: a member organisation (by id), or an
 * external organisation (by name), or both, with its role. Signatories (names, titles) are deliberately left
 * out: they are personal data.
 *
 * @param organizationId the party organisation's id (members-service), absent for an external party
 * @param name           the party organisation's name; required for an external party, optional otherwise
 * @param role           the party's role, e.g. {@link PartyRole#PARTY_A} (required)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Party(UUID organizationId, LocalizedText name, PartyRole role) {

    /**
     * @throws IllegalArgumentException if neither {@code organizationId} nor a {@code name} with text is given
     */
    public Party {
        Objects.requireNonNull(role, "role");
        if (organizationId == null && (name == null || !name.hasText())) {
            throw new IllegalArgumentException("a party needs an organizationId or a name");
        }
    }

    /** A member organisation as party. */
    public static Party member(UUID organizationId, PartyRole role) {
        return new Party(Objects.requireNonNull(organizationId, "organizationId"), null, role);
    }

    /** An external organisation (not a member) as party, by name. */
    public static Party external(LocalizedText name, PartyRole role) {
        return new Party(null, Objects.requireNonNull(name, "name"), role);
    }
}
