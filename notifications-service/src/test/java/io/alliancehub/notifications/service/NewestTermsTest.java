package io.alliancehub.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.kit.inbox.InboundEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which term of a poll's events {@link MailIntake#keepTerms} writes for each organisation. */
class NewestTermsTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2027-05-01T08:00:00Z");
    static final LocalDate END = LocalDate.of(2028, 4, 30);

    static InboundEvent change(UUID org, LocalDate termEnd, OffsetDateTime at) {
        return new InboundEvent(
                UUID.randomUUID().toString(),
                "org.alliancehub.members.membership.status-changed.v1",
                "members-service",
                org.toString(),
                at,
                ReminderMailTest.active(org, termEnd, at));
    }

    @Test
    void eachOrganisationKeepsItsNewestChangeAndAnOlderOneArrivingLaterChangesNothing() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<InboundEvent> poll = List.of(
                change(a, END, AT),
                change(b, END, AT),
                change(a, END.plusYears(1), AT.plusSeconds(1)),
                // late: older than the renewal before it
                change(a, END, AT));
        assertThat(MailIntake.newestTerms(poll))
                .containsExactly(
                        new MailIntake.Term(a, MembershipStatus.ACTIVE, END.plusYears(1), AT.plusSeconds(1)),
                        new MailIntake.Term(b, MembershipStatus.ACTIVE, END, AT));
    }

    @Test
    void ofTwoChangesAtTheSameInstantTheLaterInThePollIsKeptAsTheTablesUpsertKeepsIt() {
        UUID a = UUID.randomUUID();
        assertThat(MailIntake.newestTerms(List.of(change(a, END, AT), change(a, END.plusDays(1), AT))))
                .extracting(MailIntake.Term::termEnd)
                .containsExactly(END.plusDays(1));
    }

    @Test
    void eventsThatCarryNoTermWriteNothing() {
        InboundEvent other = new InboundEvent(
                "e-1",
                "org.alliancehub.events.event.snapshot.v1",
                "events-service",
                UUID.randomUUID().toString(),
                AT,
                "not a membership payload");
        assertThat(MailIntake.newestTerms(List.of(other))).isEmpty();
    }
}
