package io.alliancehub.events.service.model;

import io.alliancehub.contracts.codes.RegistrationCategory;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckInSummary", description = "Live counts at the door: seats held and attendees checked in.")
public record CheckInSummary(
        @Schema(description = "Registrations holding a seat (CONFIRMED or CHECKED_IN)") @NotNull
        long confirmed,

        @NotNull long checkedIn,

        @NotNull @jakarta.validation.constraints.Size(max = 10)
        List<CategoryCount> byCategory) {

    @Schema(name = "CheckInCategoryCount")
    public record CategoryCount(
            @NotNull RegistrationCategory category,
            @NotNull long confirmed,
            @NotNull long checkedIn) {}
}
