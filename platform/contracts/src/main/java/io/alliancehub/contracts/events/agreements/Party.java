package io.alliancehub.contracts.events.agreements;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.schema.RequireAnyOf;
import io.alliancehub.contracts.schema.Required;
import java.util.Objects;
import java.util.UUID;

/**
 * A party to an agreement as carried by the agreement payloads: a member organisation (by id), or an
 * external organisation (by name), or both, with its role. Signatories (names, titles) are deliberately left
 * out: they are personal data.
 */
@JsonClassDescription("A party to an agreement: a member organisation (organizationId) or an external organisation "
        + "(name), or both, with its role. Signatories are not carried (personal data).")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@RequireAnyOf({"organizationId", "name"})
public record Party(
        @JsonPropertyDescription(
                "Id of the party organisation (members-service organisation id); absent for an " + "external party.")
        UUID organizationId,

        @JsonPropertyDescription("Name of the party organisation; present for an external party, optional for a "
                + "member organisation.")
        LocalizedText name,

        @JsonPropertyDescription("Role of the party in the agreement.") @Required
        PartyRole role) {

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
