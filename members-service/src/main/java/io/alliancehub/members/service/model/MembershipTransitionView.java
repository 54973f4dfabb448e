package io.alliancehub.members.service.model;

import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.kit.security.Caller;
import io.alliancehub.members.domain.MembershipAction;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MembershipTransition", description = "One recorded move of a membership.")
public record MembershipTransitionView(
        MembershipStatus from,
        @NotNull MembershipStatus to,
        @NotNull MembershipAction action,
        String reason,
        @NotNull @Size(max = Caller.MAX_ACTOR_LENGTH) String actor,
        @NotNull OffsetDateTime occurredAt,
        LocalDate termStart,
        LocalDate termEnd) {}
