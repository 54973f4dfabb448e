package io.alliancehub.members.api;

import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.Sector;
import io.alliancehub.kit.web.Params;
import io.alliancehub.members.service.OrganizationQuery;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters shared by the organisation list and its CSV export. Parsed here so bad values are 400s. */
public class OrganizationFilterParams {

    @QueryParam("q")
    @Parameter(
            description =
                    "Free text: matches zh and en names, pinyin (boya) and pinyin initials (bykg), and credit codes",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String q;

    @QueryParam("sector")
    @Parameter(schema = @Schema(implementation = Sector.class))
    public String sector;

    @QueryParam("tier")
    @Parameter(schema = @Schema(implementation = MembershipTier.class))
    public String tier;

    @QueryParam("status")
    @Parameter(description = "Membership status", schema = @Schema(implementation = MembershipStatus.class))
    public String status;

    @QueryParam("city")
    @Parameter(
            description = "City, case-insensitive exact match",
            example = "Wuxi",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    public String city;

    @QueryParam("field")
    @Parameter(description = "Has this focus field", schema = @Schema(implementation = Field.class))
    public String field;

    @QueryParam("updatedSince")
    @Parameter(
            description = "Only organisations changed at or after this instant (for syncing partner systems)",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"),
            example = "2026-01-01T00:00:00+08:00")
    public String updatedSince;

    public OrganizationQuery toQuery() {
        return new OrganizationQuery(
                Params.text(q, "q", 200),
                Params.enumValue(Sector.class, sector, "sector"),
                Params.enumValue(MembershipTier.class, tier, "tier"),
                Params.enumValue(MembershipStatus.class, status, "status"),
                Params.text(city, "city", 100),
                Params.enumValue(Field.class, field, "field"),
                Params.dateTime(updatedSince, "updatedSince"));
    }
}
