package io.alliancehub.agreements.service;

import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.codes.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The filters of an agreement list or export; null means "any". */
public record AgreementQuery(
        String q,
        UUID party,
        AgreementType type,
        AgreementStatus status,
        Field field,
        UUID signedAtEvent,
        LocalDate expiringBefore,
        AgreementVisibility visibility,
        UUID amendsId,
        OffsetDateTime updatedSince) {}
