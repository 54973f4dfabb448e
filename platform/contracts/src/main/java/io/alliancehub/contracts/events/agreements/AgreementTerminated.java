package io.alliancehub.contracts.events.agreements;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.Descriptions;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.schema.MinLength;
import io.alliancehub.contracts.schema.Required;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#AGREEMENT_TERMINATED}; its JSON Schema is generated from this record (the snapshot
 * properties are described in {@link AgreementSnapshot}). Lists are never null (null becomes an empty list).
 */
@JsonClassDescription("A signed or active agreement was terminated early. The full snapshot after the change, "
        + "with status TERMINATED. " + Descriptions.NO_PERSONAL_DATA_AGREEMENTS)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgreementTerminated(
        UUID agreementId,
        long version,
        String referenceNumber,
        LocalizedText title,
        AgreementType type,
        AgreementStatus status,
        AgreementVisibility visibility,
        List<Party> parties,
        List<Field> fields,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        UUID amendsId,
        int amendmentNumber,

        @JsonPropertyDescription("Free-text reason given for the termination; absent when none was given.")
        String reason,

        @JsonPropertyDescription(Descriptions.ACTOR) @Required @MinLength(1)
        String actor,

        @JsonPropertyDescription(Descriptions.OCCURRED_AT) @Required
        OffsetDateTime occurredAt)
        implements AgreementSnapshot {

    public AgreementTerminated {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(referenceNumber, "referenceNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        parties = parties == null ? List.of() : List.copyOf(parties);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
