package io.alliancehub.agreements.service.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.validation.Bilingual;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AmendmentRequest",
        description =
                "An amendment of a signed agreement: what changes, as a JSON Merge Patch of the "
                        + "agreement's AgreementRequest document (e.g. {\"effectiveTo\": \"2031-04-18\"}), and a summary. The amendment is a new "
                        + "agreement in DRAFT that names the original in amendsId; its reference number gets -A<n> unless the patch sets one.")
public record AmendmentRequest(
        @Schema(example = "{\"en\": \"Extends the term by five years\"}") @NotNull @Bilingual(max = 2000)
        LocalizedText summary,

        @Schema(implementation = Object.class, example = "{\"effectiveTo\": \"2031-04-18\"}") @NotNull
        JsonNode changes) {}
