package io.alliancehub.kit.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "One revision of a resource (Hibernate Envers): who, when, what changed.")
public record HistoryEntry(
        @Schema(description = "Revision number, increasing across the service") long revision,
        OffsetDateTime at,
        @Schema(description = "role:subject of the caller, or the scheduled job", example = "admin:secretariat") String actor,
        @Schema(description = "CREATED, UPDATED or DELETED") String change,
        List<Change> changes) {

    @Schema(name = "HistoryChange", description = "A field's value before and after the revision.")
    public record Change(@Schema(example = "address.city") String field,
            @Schema(implementation = Object.class) JsonNode from,
            @Schema(implementation = Object.class) JsonNode to) {
    }
}
