package io.alliancehub.contracts.events.agreements;

import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.common.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The public state of an agreement as carried by the {@code agreement.*} payloads ({@link AgreementDrafted},
 * {@link AgreementSigned}, {@link AgreementActivated}, {@link AgreementAmended}, {@link AgreementTerminated},
 * {@link AgreementExpiring}, {@link AgreementExpired}, {@link AgreementCompleted}), so a consumer can keep its
 * replica with one upsert for all of them. Not implemented by the milestone and party-standing payloads.
 * Carries no personal data: no signatories, e-mail addresses or phone numbers.
 */
public interface AgreementSnapshot {

    /** The agreement id; also the Kafka record key and the CloudEvents subject. */
    UUID agreementId();

    /** The agreement's version after the change; a replica ignores a snapshot older than what it has. */
    long version();

    String referenceNumber();

    LocalizedText title();

    AgreementType type();

    AgreementStatus status();

    AgreementVisibility visibility();

    /** The parties with their roles, without signatories; never null. */
    List<Party> parties();

    /** Fields of cooperation; never null. */
    List<Field> fields();

    /** First day of the effective period, or {@code null}. */
    LocalDate effectiveFrom();

    /** Last day of the effective period, or {@code null} (open-ended or not yet set). */
    LocalDate effectiveTo();

    /** The agreement this one amends, or {@code null} for an original agreement. */
    UUID amendsId();

    /** 0 for an original agreement, 1 for its first amendment, and so on. */
    int amendmentNumber();
}
