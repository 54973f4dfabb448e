package io.alliancehub.contracts.events.agreements;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.contracts.events.EventTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#AGREEMENT_TERMINATED}: a signed or active agreement was terminated early.
 * Carries the full snapshot after the change, with status {@code TERMINATED}. Schema: {@code
 * schemas/agreements/agreement.terminated.v1.json}. Carries no personal data: signatory names and titles are
 * deliberately left out.
 *
 * @param agreementId     the agreement id (also the Kafka record key and the CloudEvents subject)
 * @param version         the agreement's version after the change (0 or more)
 * @param referenceNumber reference number, unique, e.g. {@code AH-2019-001} (required)
 * @param title           bilingual title (required)
 * @param type            type of the agreement (required)
 * @param status          status of the agreement after the change (required)
 * @param visibility      who may see the agreement (required)
 * @param parties         the parties with their roles, without signatories; never null (null becomes an empty
 *                        list)
 * @param fields          fields of cooperation; never null (null becomes an empty list)
 * @param effectiveFrom   first day of the effective period, optional
 * @param effectiveTo     last day of the effective period, optional (open-ended when absent)
 * @param amendsId        id of the agreement this one amends; absent for an original agreement
 * @param amendmentNumber 0 for an original agreement, 1 for its first amendment, and so on
 * @param reason          free-text reason given for the termination, optional
 * @param actor           who made the change: an identifier (the token subject, or {@code system} for
 *                        date-driven changes), never a name, e-mail or phone
 * @param occurredAt      when the change happened, with offset (also the CloudEvents time)
 */
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
        String reason,
        String actor,
        OffsetDateTime occurredAt) implements AgreementSnapshot {

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
