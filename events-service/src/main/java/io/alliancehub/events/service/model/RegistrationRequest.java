package io.alliancehub.events.service.model;

import io.alliancehub.contracts.codes.RegistrationCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RegistrationRequest",
        description =
                "Registers one attendee. The answer's status is CONFIRMED when a seat was " + "free, else WAITLISTED.")
public record RegistrationRequest(
        @NotNull @Valid Attendee attendee,
        @Schema(example = "MEMBER") @NotNull RegistrationCategory category) {

    @Schema(
            name = "Attendee",
            description = "The person attending. A member registers only its own people: organizationId "
                    + "defaults to, and must be, the caller's organisation.")
    public record Attendee(
            @Schema(example = "李四") @NotBlank @Size(max = 200)
            String name,

            @Schema(example = "li@example.org", description = "One registration per e-mail per event")
            @NotBlank
            @Email
            @Size(max = 254)
            String email,

            @Schema(description = "The attendee's member organisation")
            UUID organizationId,

            @Schema(example = "Director") @Size(max = 200) String title,

            @Schema(
                    example = "zh",
                    description = "Language of the e-mails the attendee receives (registration confirmed, "
                            + "waitlisted, promoted, event cancelled): zh (the default) or en",
                    enumeration = {"zh", "en"})
            @Pattern(regexp = "zh|en", message = "must be zh or en")
            String language) {}
}
