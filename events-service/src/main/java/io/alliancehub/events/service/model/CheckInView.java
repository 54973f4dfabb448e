package io.alliancehub.events.service.model;

import io.alliancehub.contracts.codes.RegistrationCategory;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "CheckIn",
        description = "What the gate shows: CHECKED_IN now, or ALREADY_CHECKED_IN with when and at which gate the "
                + "ticket was first used.")
public record CheckInView(
        @NotNull Outcome outcome,
        @NotNull UUID registrationId,

        @Schema(description = "The attendee's name, for the gate to compare with a badge or ID")
        @NotNull
        @jakarta.validation.constraints.Size(max = 200)
        String attendeeName,

        @NotNull RegistrationCategory category,

        @Schema(description = "When the ticket was (first) used") @NotNull
        OffsetDateTime checkedInAt,

        @Schema(description = "Where the ticket was (first) used") @jakarta.validation.constraints.Size(max = 100)
        String gate) {

    public enum Outcome {
        CHECKED_IN,
        ALREADY_CHECKED_IN
    }
}
