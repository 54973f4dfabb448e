package io.alliancehub.members.api;

import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.members.domain.MembershipAction;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MembershipTransition", description = "One recorded move of a membership.")
public record MembershipTransitionView(MembershipStatus from, MembershipStatus to, MembershipAction action, String reason,
        String actor, OffsetDateTime occurredAt, LocalDate termStart, LocalDate termEnd) {
}
