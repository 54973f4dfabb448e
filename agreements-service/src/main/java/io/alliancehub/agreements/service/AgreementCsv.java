package io.alliancehub.agreements.service;

import io.alliancehub.agreements.service.model.AgreementView;
import io.alliancehub.contracts.common.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Agreements as CSV: one row each; parties as "ROLE:name" joined by ";". Signatories are left out. */
@ApplicationScoped
public class AgreementCsv {

    public static final List<String> HEADER = List.of(
            "id",
            "referenceNumber",
            "titleZh",
            "titleEn",
            "type",
            "status",
            "visibility",
            "parties",
            "partyStanding",
            "fields",
            "effectiveFrom",
            "effectiveTo",
            "signedOn",
            "signedAtPlace",
            "signedAtEventId",
            "amendsId",
            "amendmentNumber");

    /** One agreement as a row of {@link #HEADER}. */
    public List<String> row(AgreementView a) {
        return List.of(
                a.id().toString(),
                a.referenceNumber(),
                text(a.title().zh()),
                text(a.title().en()),
                a.type().name(),
                a.status().name(),
                a.visibility().name(),
                a.parties().stream()
                        .map(p -> p.role() + ":" + name(p.name(), p.organizationId()))
                        .collect(Collectors.joining(";")),
                a.partyStanding().name(),
                a.fields().stream().map(Enum::name).collect(Collectors.joining(";")),
                text(a.effectiveFrom()),
                text(a.effectiveTo()),
                text(a.signedOn()),
                a.signedAt() == null ? "" : text(a.signedAt().place()),
                a.signedAt() == null ? "" : text(a.signedAt().eventId()),
                text(a.amendsId()),
                String.valueOf(a.amendmentNumber()));
    }

    private static String name(LocalizedText name, Object organizationId) {
        if (name == null) {
            return text(organizationId);
        }
        return name.zh() != null ? name.zh() : name.en();
    }

    private static String text(Object value) {
        return value == null ? "" : Objects.toString(value);
    }
}
