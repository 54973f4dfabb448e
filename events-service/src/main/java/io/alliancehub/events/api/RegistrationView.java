package io.alliancehub.events.api;

import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.codes.RegistrationStatus;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Registration")
public record RegistrationView(
        UUID id,
        long version,
        UUID eventId,
        AttendeeView attendee,
        RegistrationCategory category,
        RegistrationStatus status,
        @Schema(description = "1-based place in the waitlist while WAITLISTED") Integer waitlistPosition,
        OffsetDateTime registeredAt,
        OffsetDateTime confirmedAt,
        OffsetDateTime checkedInAt,
        OffsetDateTime cancelledAt) {

    @Schema(name = "AttendeeView", description = "email is shown only to admins and the attendee's own organisation.")
    public record AttendeeView(String name, String email, UUID organizationId, String title) {
    }
}
