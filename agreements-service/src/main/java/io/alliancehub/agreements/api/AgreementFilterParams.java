package io.alliancehub.agreements.api;

import io.alliancehub.agreements.service.AgreementQuery;
import io.alliancehub.contracts.codes.AgreementStatus;
import io.alliancehub.contracts.codes.AgreementType;
import io.alliancehub.contracts.codes.AgreementVisibility;
import io.alliancehub.contracts.codes.Field;
import io.alliancehub.kit.web.Params;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters shared by the agreement list and its CSV export. Parsed here so bad values are 400 problems. */
public class AgreementFilterParams {

    @QueryParam("q")
    @Parameter(
            description = "Free text: reference number, zh and en titles, pinyin (full and initials)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String q;

    @QueryParam("partyId")
    @Parameter(
            description = "Has this member organisation as a party",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String party;

    @QueryParam("type")
    @Parameter(schema = @Schema(implementation = AgreementType.class))
    public String type;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = AgreementStatus.class))
    public String status;

    @QueryParam("field")
    @Parameter(description = "Covers this field of cooperation", schema = @Schema(implementation = Field.class))
    public String field;

    @QueryParam("signedAtEventId")
    @Parameter(
            description = "Signed at this alliance event",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String signedAtEvent;

    @QueryParam("expiringBefore")
    @Parameter(
            description = "In force (SIGNED or ACTIVE) and ending on or before this day",
            schema = @Schema(type = SchemaType.STRING, format = "date"),
            example = "2026-12-31")
    public String expiringBefore;

    @QueryParam("visibility")
    @Parameter(schema = @Schema(implementation = AgreementVisibility.class))
    public String visibility;

    @QueryParam("amendsId")
    @Parameter(
            description = "Only amendments of this agreement",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String amendsId;

    @QueryParam("updatedSince")
    @Parameter(
            description = "Only agreements changed at or after this instant",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String updatedSince;

    public AgreementQuery toQuery() {
        return new AgreementQuery(
                Params.text(q, "q", 200),
                Params.uuid(party, "partyId"),
                Params.enumValue(AgreementType.class, type, "type"),
                Params.enumValue(AgreementStatus.class, status, "status"),
                Params.enumValue(Field.class, field, "field"),
                Params.uuid(signedAtEvent, "signedAtEventId"),
                Params.date(expiringBefore, "expiringBefore"),
                Params.enumValue(AgreementVisibility.class, visibility, "visibility"),
                Params.uuid(amendsId, "amendsId"),
                Params.dateTime(updatedSince, "updatedSince"));
    }
}
