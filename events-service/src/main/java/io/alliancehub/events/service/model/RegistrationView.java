package io.alliancehub.events.service.model;

import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.codes.RegistrationStatus;
import io.alliancehub.kit.web.Versioned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Registration")
public record RegistrationView(
        @NotNull UUID id,
        @NotNull long version,
        @NotNull UUID eventId,
        @NotNull AttendeeView attendee,
        @NotNull RegistrationCategory category,
        @NotNull RegistrationStatus status,

        @Schema(description = "1-based place in the waitlist while WAITLISTED")
        Integer waitlistPosition,

        @NotNull OffsetDateTime registeredAt,
        OffsetDateTime confirmedAt,
        OffsetDateTime checkedInAt,

        @Schema(description = "The gate where the attendee was checked in, when scanned at one") @Size(max = 100)
        String checkInGate,

        OffsetDateTime cancelledAt,

        @Schema(
                description = "The ticket's secret (what its QR code holds, GET …/ticket renders it), while the "
                        + "registration holds a seat; shown only to admins and the attendee's own organisation. A bearer "
                        + "credential: keep it as you would a printed ticket.")
        @Size(max = 64)
        String ticket)
        implements Versioned {

    @Schema(name = "AttendeeView", description = "email is shown only to admins and the attendee's own organisation.")
    public record AttendeeView(
            @NotNull @Size(max = 200) String name,
            @Size(max = 254) String email,
            UUID organizationId,
            @Size(max = 200) String title,

            @Schema(
                    description = "Language of the e-mails the attendee receives: zh or en",
                    enumeration = {"zh", "en"})
            @NotNull
            String language) {}
}
