package io.alliancehub.events.service.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RegistrationRecipient",
        description =
                "Where notifications-service sends an attendee's e-mails, read at send time: no event carries it.")
public record RecipientView(
        @NotNull UUID registrationId,
        @NotNull @Size(max = 200) String name,
        @NotNull @Size(max = 254) String email,

        @Schema(
                description = "zh or en",
                enumeration = {"zh", "en"})
        @NotNull
        String language) {}
