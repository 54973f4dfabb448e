package io.alliancehub.agreements.service.model;

import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.PartyRole;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.validation.Bilingual;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agreement as a client writes it: the body of POST and the document a merge patch (before
 * signing) or an amendment applies to. Status, signing, standing, id and version are the server's.
 */
@Schema(name = "AgreementRequest", description = "An agreement as a client writes it.")
public record AgreementRequest(
        @Schema(
                description = "Unique reference number: upper-case letters, digits and dashes",
                example = "DL-FTA-DMU-2021-001")
        @NotNull
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,59}", message = "3-60 upper-case letters, digits and dashes")
        @Size(max = 60)
        String referenceNumber,

        @Schema(
                example =
                        "{\"zh\": \"共建大连基因细胞治疗先行示范区框架协议\", \"en\": \"Framework agreement on a gene and cell therapy pilot zone\"}")
        @NotNull
        @Bilingual(max = 300)
        LocalizedText title,

        @Schema(example = "FRAMEWORK_AGREEMENT") @NotNull AgreementType type,

        @Schema(
                description =
                        "Two to ten principal parties (PARTY_A 甲方 … PARTY_J 癸方, each role once) and any witnesses and "
                                + "guarantors; each member organisation once")
        @NotNull
        @Size(min = 2, max = 20)
        List<@NotNull @Valid PartyRequest> parties,

        @Schema(
                description = "Fields of cooperation (see /api/v1/taxonomy)",
                example = "[\"CELL_THERAPY\", \"GENE_TESTING\"]")
        @Size(max = 30)
        List<@NotNull Field> fields,

        @Schema(
                description = "What the parties build or deliver",
                example = "[{\"zh\": \"细胞治疗临床医学中心\", \"en\": \"Clinical medical centre for cell therapy\"}]")
        @Size(max = 50)
        List<@NotNull @Bilingual(max = 500) LocalizedText> deliverables,

        @Schema(example = "2021-04-19") LocalDate effectiveFrom,

        @Schema(example = "2026-04-18", description = "Last day in force; omit for open-ended agreements")
        LocalDate effectiveTo,

        @Schema(
                description =
                        "PUBLIC: everyone once signed; MEMBERS: member and partner tokens; PARTIES: only the parties and the secretariat")
        @NotNull
        AgreementVisibility visibility) {

    @Schema(
            name = "PartyRequest",
            description = "A party: a member organisation by organizationId (must be known), or an outside "
                    + "party by name. Each party signs itself, by one of its signatories (POST …/signatures); a member "
                    + "lists only its own party's signatories (and those of outside parties), never another member's.")
    public record PartyRequest(
            UUID organizationId,
            @Bilingual(max = 300) LocalizedText name,
            @Schema(example = "PARTY_A") @NotNull PartyRole role,
            @Size(max = 10) List<@NotNull @Valid SignatoryRequest> signatories) {}

    @Schema(name = "Signatory")
    public record SignatoryRequest(
            @Schema(example = "{\"zh\": \"王五\"}") @NotNull @Bilingual(max = 200)
            LocalizedText name,

            @Schema(example = "{\"en\": \"Director\"}") @Bilingual(max = 200)
            LocalizedText title) {}
}
