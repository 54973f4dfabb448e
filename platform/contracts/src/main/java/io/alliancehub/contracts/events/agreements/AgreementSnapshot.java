package io.alliancehub.contracts.events.agreements;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.schema.MinLength;
import io.alliancehub.contracts.schema.Minimum;
import io.alliancehub.contracts.schema.Required;
import io.alliancehub.contracts.schema.UniqueItems;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The public state of an agreement as carried by the {@code agreement.*} payloads ({@link AgreementDrafted},
 * {@link AgreementSigned}, {@link AgreementActivated}, {@link AgreementAmended}, {@link AgreementTerminated},
 * {@link AgreementExpiring}, {@link AgreementExpired}, {@link AgreementCompleted}), so a consumer can keep its
 * replica with one upsert for all of them. Not implemented by the milestone and party-standing payloads. Its
 * properties are described (and their schema rules given) here, once for all of them; a payload may require
 * more (e.g. {@code amendsId} of an amendment). Carries no personal data: no signatories, e-mail addresses or
 * phone numbers.
 */
public interface AgreementSnapshot {

    @JsonPropertyDescription("Id of the agreement; also the Kafka record key and the CloudEvents subject.")
    @Required
    UUID agreementId();

    @JsonPropertyDescription("Version of the agreement after the change. A replica ignores an event whose version "
            + "is not newer than the one it holds.")
    @Minimum(0)
    long version();

    @JsonPropertyDescription("Reference number of the agreement, unique in the alliance, e.g. AH-2019-001.")
    @Required
    @MinLength(1)
    String referenceNumber();

    @JsonPropertyDescription("Title of the agreement.")
    @Required
    LocalizedText title();

    @JsonPropertyDescription("Type of the agreement.")
    @Required
    AgreementType type();

    @JsonPropertyDescription("Status of the agreement after the change.")
    @Required
    AgreementStatus status();

    @JsonPropertyDescription(
            "Who may see the agreement: PUBLIC, MEMBERS, or PARTIES (only its party " + "organisations).")
    @Required
    AgreementVisibility visibility();

    @JsonPropertyDescription("Parties to the agreement with their roles (the domain requires two or more before "
            + "signing). Signatories are not carried: they are personal data.")
    @Required
    @UniqueItems
    List<Party> parties();

    @JsonPropertyDescription("Fields of cooperation of the agreement; empty when none.")
    @Required
    @UniqueItems
    List<Field> fields();

    @JsonPropertyDescription("First day of the effective period (YYYY-MM-DD); absent when not yet set.")
    LocalDate effectiveFrom();

    @JsonPropertyDescription(
            "Last day of the effective period (YYYY-MM-DD); absent when open-ended or not yet " + "set.")
    LocalDate effectiveTo();

    @JsonPropertyDescription("Id of the agreement this one amends; absent for an original agreement.")
    UUID amendsId();

    @JsonPropertyDescription("Number of the amendment: 0 for an original agreement, 1 for the first amendment of "
            + "its parent, and so on.")
    @Minimum(0)
    int amendmentNumber();
}
