package io.alliancehub.members.service.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.web.Versioned;
import io.alliancehub.members.domain.ContactRole;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Contact",
        description =
                "A person at a member organisation. email and phone are present only for admins and the same organisation.")
public record ContactView(
        @NotNull UUID id,
        @NotNull long version,
        @NotNull UUID organizationId,
        @NotNull LocalizedText name,
        LocalizedText title,
        @NotNull ContactRole role,
        @JsonInclude(JsonInclude.Include.NON_NULL) String email,
        @JsonInclude(JsonInclude.Include.NON_NULL) String phone,

        @Schema(
                description = "Language of the e-mails the contact receives: zh or en",
                enumeration = {"zh", "en"})
        @NotNull
        String language,

        @NotNull OffsetDateTime createdAt,
        @NotNull OffsetDateTime updatedAt)
        implements Versioned {}
