package io.alliancehub.members.service.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MembershipTransitionRequest", description = "A business action on the membership.")
public record MembershipTransitionRequest(
        @Schema(description = "The action; allowed ones are listed in membership.allowedActions", example = "APPROVE")
        @NotNull
        Command action,

        @Schema(description = "Why (recorded with the move and in the event)", example = "Council vote 2019-04-13")
        @Size(max = 500)
        String reason,

        @Schema(
                description =
                        "ACTIVATE/RENEW: first day of the term (default: today, or the day after a GRACE term ends)")
        LocalDate termStart,

        @Schema(description = "ACTIVATE/RENEW: last day of the term (default: termStart + configured years - 1 day)")
        LocalDate termEnd) {

    /** The actions a caller may request; date-driven moves are the scheduler's alone. */
    public enum Command {
        APPROVE,
        REJECT,
        ACTIVATE,
        SUSPEND,
        REINSTATE,
        RENEW,
        WITHDRAW,
        TERMINATE
    }
}
