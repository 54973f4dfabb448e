package io.alliancehub.kit.history;

import jakarta.validation.constraints.NotNull;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "One revision of a resource (Hibernate Envers): who, when, what changed.")
public record HistoryEntry(
        @Schema(description = "Revision number, increasing across the service") @NotNull long revision,
        @NotNull OffsetDateTime at,
        @Schema(description = "role:subject of the caller, or the scheduled job", example = "admin:secretariat") @NotNull String actor,
        @Schema(description = "CREATED, UPDATED or DELETED") @NotNull String change,
        @NotNull List<Change> changes) {

    @Schema(name = "HistoryChange", description = "A field's value before and after the revision.")
    public record Change(@Schema(example = "address.city") @NotNull String field,
            @Schema(implementation = Object.class) JsonNode from,
            @Schema(implementation = Object.class) JsonNode to) {
    }
}
