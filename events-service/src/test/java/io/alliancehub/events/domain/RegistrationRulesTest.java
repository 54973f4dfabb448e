package io.alliancehub.events.domain;

import static io.alliancehub.contracts.codes.RegistrationStatus.CANCELLED;
import static io.alliancehub.contracts.codes.RegistrationStatus.CHECKED_IN;
import static io.alliancehub.contracts.codes.RegistrationStatus.CONFIRMED;
import static io.alliancehub.contracts.codes.RegistrationStatus.PENDING;
import static io.alliancehub.contracts.codes.RegistrationStatus.WAITLISTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.codes.RegistrationStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seats, quotas, tickets and what may happen to a registration: plain rules. */
class RegistrationRulesTest {

    @Test
    void aSeatWhileTheEventHasRoomElseTheWaitlist() {
        assertThat(RegistrationRules.place(0, null)).isEqualTo(CONFIRMED);
        assertThat(RegistrationRules.place(1_000_000, null))
                .as("no capacity: unlimited")
                .isEqualTo(CONFIRMED);
        assertThat(RegistrationRules.place(1499, 1500)).isEqualTo(CONFIRMED);
        assertThat(RegistrationRules.place(1500, 1500)).isEqualTo(WAITLISTED);
        assertThat(RegistrationRules.place(0, 0)).isEqualTo(WAITLISTED);
    }

    @Test
    void aCategoryQuotaIsASecondLimit() {
        assertThat(RegistrationRules.place(10, 100, 19, 20)).isEqualTo(CONFIRMED);
        assertThat(RegistrationRules.place(10, 100, 20, 20))
                .as("category full, event not")
                .isEqualTo(WAITLISTED);
        assertThat(RegistrationRules.place(100, 100, 0, 20))
                .as("event full, category not")
                .isEqualTo(WAITLISTED);
        assertThat(RegistrationRules.place(10, 100, 500, null)).as("no quota").isEqualTo(CONFIRMED);
    }

    @Test
    void theQuotaOfACategory() {
        List<Quota> quotas = List.of(new Quota(RegistrationCategory.PRESS, 20), new Quota(RegistrationCategory.VIP, 5));
        assertThat(RegistrationRules.quotaOf(quotas, RegistrationCategory.VIP)).isEqualTo(5);
        assertThat(RegistrationRules.quotaOf(quotas, RegistrationCategory.PRESS))
                .isEqualTo(20);
        assertThat(RegistrationRules.quotaOf(quotas, RegistrationCategory.GUEST))
                .isNull();
        assertThat(RegistrationRules.quotaOf(null, RegistrationCategory.GUEST)).isNull();
    }

    @Test
    void cancelBeforeCheckInCheckInOnlyWhenConfirmedTicketsOnlyWithASeat() {
        for (RegistrationStatus s : RegistrationStatus.values()) {
            assertThat(RegistrationRules.canCancel(s)).as("cancel " + s).isEqualTo(s != CHECKED_IN && s != CANCELLED);
            assertThat(RegistrationRules.canCheckIn(s)).as("check in " + s).isEqualTo(s == CONFIRMED);
            assertThat(Tickets.issued(s)).as("ticket " + s).isEqualTo(s == CONFIRMED || s == CHECKED_IN);
        }
        assertThat(Tickets.issued(PENDING)).isFalse();
    }

    @Test
    void ticketSecretsAreLongAndNeverRepeat() {
        String a = Tickets.newSecret();
        String b = Tickets.newSecret();
        assertThat(a).isNotEqualTo(b).matches("[A-Za-z0-9_-]{20,}");
    }

    @Test
    void everythingAfterTheDraftIsPublished() {
        for (EventStatus s : EventStatus.values()) {
            assertThat(EventStateMachine.isPublished(s)).as(s.name()).isEqualTo(s != EventStatus.DRAFT);
        }
    }
}
