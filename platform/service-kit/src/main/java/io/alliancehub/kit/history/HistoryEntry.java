package io.alliancehub.kit.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.alliancehub.kit.security.Caller;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "One revision of a resource (Hibernate Envers): who, when, what changed.")
public record HistoryEntry(
        @Schema(description = "Revision number, increasing across the service") @NotNull
        long revision,

        @NotNull OffsetDateTime at,

        @Schema(description = "role:subject of the caller, or the scheduled job", example = "admin:secretariat")
        @NotNull
        @Size(max = Caller.MAX_ACTOR_LENGTH)
        String actor,

        @Schema(description = "CREATED, UPDATED or DELETED") @NotNull @Size(max = 7)
        String change,

        @Schema(description = "At most one per field of the resource") @NotNull @Size(max = 200)
        List<Change> changes) {

    @Schema(name = "HistoryChange", description = "A field's value before and after the revision.")
    public record Change(
            @Schema(example = "address.city") @NotNull @Size(max = 200)
            String field,

            @Schema(implementation = Object.class) JsonNode from,
            @Schema(implementation = Object.class) JsonNode to) {}
}
