package io.alliancehub.members.service.model;

import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.members.domain.ContactRole;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ContactRecipient",
        description = "Where notifications-service sends a representative's e-mails, read at send time: no event "
                + "carries it.")
public record ContactRecipientView(
        @NotNull UUID contactId,
        @NotNull LocalizedText name,
        @NotNull @Size(max = 254) String email,

        @Schema(
                description = "zh or en",
                enumeration = {"zh", "en"})
        @NotNull
        String language,

        @NotNull ContactRole role) {}
