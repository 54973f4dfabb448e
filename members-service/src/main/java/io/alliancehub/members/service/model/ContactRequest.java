package io.alliancehub.members.service.model;

import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.validation.Bilingual;
import io.alliancehub.members.domain.ContactRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactRequest", description = "A person at a member organisation, as a client writes it.")
public record ContactRequest(
        @Schema(example = "{\"zh\": \"李诣书\", \"en\": \"Li Yishu\"}") @NotNull @Bilingual(max = 200)
        LocalizedText name,

        @Schema(example = "{\"zh\": \"总裁\", \"en\": \"President\"}") @Bilingual(max = 200)
        LocalizedText title,

        @Schema(example = "PRIMARY_REPRESENTATIVE") @NotNull ContactRole role,

        @Schema(
                description = "Personal data: shown only to admins and the same organisation",
                example = "li@example.org")
        @Email
        @Size(max = 254)
        String email,

        @Schema(
                description = "Personal data: shown only to admins and the same organisation",
                example = "+86 510 8000 0000")
        @Size(max = 50)
        @Pattern(regexp = "[+0-9 ()\\-]{3,50}", message = "may hold digits, spaces, + ( ) and - only")
        String phone,

        @Schema(
                description = "Language of the e-mails the contact receives (membership and agreement reminders): "
                        + "zh (the default) or en",
                example = "zh",
                enumeration = {"zh", "en"})
        @Pattern(regexp = "zh|en", message = "must be zh or en")
        String language) {}
