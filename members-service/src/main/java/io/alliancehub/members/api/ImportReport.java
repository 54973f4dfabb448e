package io.alliancehub.members.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportReport", description = "What a CSV import did (or, with dryRun, would do), row by row.")
public record ImportReport(boolean dryRun, int total, int created, int updated, int unchanged, List<Row> rows) {

    @Schema(name = "ImportRow")
    public record Row(@Schema(description = "1-based data row (the header is row 0)") int row,
            @Schema(description = "CREATED, UPDATED or UNCHANGED") String outcome,
            @Schema(description = "The organisation; null for a dry-run creation") UUID id,
            String creditCode) {
    }
}
