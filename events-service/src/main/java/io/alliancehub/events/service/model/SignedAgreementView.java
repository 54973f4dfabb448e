package io.alliancehub.events.service.model;

import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.common.LocalizedText;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SignedAgreement",
        description = "An agreement signed at the event, as agreements-service announced it (GET "
                + "/api/v1/agreements/{agreementId} there has the whole agreement)")
public record SignedAgreementView(
        @NotNull UUID id,

        @NotNull @jakarta.validation.constraints.Size(max = 70)
        String referenceNumber,

        @NotNull LocalizedText title,
        @NotNull AgreementType type,

        @Schema(description = "Its status as last announced (SIGNED, ACTIVE, …)") @NotNull
        AgreementStatus status,

        @Schema(description = "The day it was signed") LocalDate signedOn) {}
