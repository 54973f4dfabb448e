package io.alliancehub.events.domain;

import io.alliancehub.contracts.common.LocalizedText;
import java.util.UUID;

/**
 * A speaker of a session as stored with it: name and title, and the affiliation either as a member
 * organisation's id (checked against the replica) or as free text for speakers from elsewhere.
 */
public record Speaker(LocalizedText name, LocalizedText title, UUID organizationId, LocalizedText affiliation) {}
