package io.alliancehub.members.service.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportReport", description = "What a CSV import did (or, with dryRun, would do), row by row.")
public record ImportReport(
        @NotNull boolean dryRun,
        @NotNull int total,
        @NotNull int created,
        @NotNull int updated,
        @NotNull int unchanged,
        @NotNull @Size(max = 5000) List<Row> rows) {

    @Schema(name = "ImportRow")
    public record Row(
            @Schema(description = "1-based data row (the header is row 0)") @NotNull
            int row,

            @Schema(description = "CREATED, UPDATED or UNCHANGED") @NotNull @Size(max = 9)
            String outcome,

            @Schema(description = "The organisation; null for a dry-run creation")
            UUID id,

            @Size(max = 18) String creditCode) {}
}
