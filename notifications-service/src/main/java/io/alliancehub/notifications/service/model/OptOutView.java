package io.alliancehub.notifications.service.model;

import io.alliancehub.notifications.domain.MailKind;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ReminderOptOut",
        description = "Whether the recipient of a reminder still receives reminders of its kind. The link in each "
                + "reminder names it; the address it was sent to is never shown.")
public record OptOutView(
        @Schema(description = "The kind of reminder the link is about") @NotNull
        MailKind kind,

        @Schema(description = "True when reminders of this kind are switched off for this recipient") @NotNull
        boolean optedOut) {}
