package io.alliancehub.notifications.service;

import io.alliancehub.notifications.config.NotificationsConfig;
import io.alliancehub.notifications.domain.MailKind;
import io.alliancehub.notifications.domain.MailNotification;
import io.alliancehub.notifications.domain.TermReminder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Reminds an ACTIVE membership's primary representative that its term ends in 60, 30 and 7 days ({@link
 * TermReminder}). Date-driven, so it runs on a timer over what membership.status-changed told this service
 * ({@code membership_term}). Each reminder is a mail row whose cause is {@code membership-term:<org>:<end>:<days>}:
 * the row's uniqueness makes a second sweep, or several replicas sweeping at once, queue nothing more; a renewed
 * membership has a new term end, so its reminders start afresh.
 */
@ApplicationScoped
public class TermReminders {

    @Inject
    EntityManager em;

    @Inject
    MailIntake intake;

    @Inject
    NotificationsConfig config;

    private WakeableWorker worker;

    void start(@Observes StartupEvent event) {
        if (!config.mail().senderEnabled()) {
            return;
        }
        worker = new WakeableWorker("term-reminders", config.mail().termReminderInterval(), () -> {
            remind(LocalDate.now(config.mail().zone()));
            return false;
        });
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.stop();
        }
    }

    /** Queues the reminders due on {@code today}; returns how many it queued now. */
    public int remind(LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> terms = em.createNativeQuery("select organization_id, term_end from membership_term"
                            + " where status = 'ACTIVE' and term_end between ?1 and ?2")
                    .setParameter(1, today)
                    .setParameter(2, today.plusDays(TermReminder.DAYS_BEFORE[0]))
                    .getResultList();
            int queued = 0;
            for (Object[] term : terms) {
                UUID organization = (UUID) term[0];
                LocalDate end = term[1] instanceof Date d ? d.toLocalDate() : (LocalDate) term[1];
                long daysLeft = ChronoUnit.DAYS.between(today, end);
                OptionalInt due = TermReminder.due(daysLeft);
                if (due.isPresent()
                        && intake.add(
                                "membership-term:" + organization + ":" + end + ":" + due.getAsInt(),
                                MailKind.MEMBERSHIP_TERM_ENDING,
                                MailNotification.ORGANIZATION_REPRESENTATIVES + organization,
                                MailIntake.refs(
                                        "organizationId", organization,
                                        "role", "PRIMARY_REPRESENTATIVE",
                                        "termEnd", end,
                                        "daysLeft", daysLeft))) {
                    queued++;
                }
            }
            return queued;
        });
    }
}
