package io.alliancehub.notifications.service;

import io.alliancehub.contracts.events.events.EventCancelled;
import io.alliancehub.contracts.events.events.EventSnapshot;
import io.alliancehub.contracts.events.events.RegistrationConfirmed;
import io.alliancehub.contracts.events.events.RegistrationWaitlisted;
import io.alliancehub.kit.inbox.InboundEvent;
import io.alliancehub.notifications.domain.EventSummary;
import io.alliancehub.notifications.domain.MailKind;
import io.alliancehub.notifications.domain.MailNotification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Turns an incoming event into the e-mails it causes, in the inbox's transaction: one row per (event, recipient),
 * so a redelivered event adds nothing, and a row exists exactly when its event counts as applied. The rows carry
 * ids only; addresses are read when the mail is sent ({@link MailSender}).
 */
@ApplicationScoped
public class MailIntake {

    static final String INSERT = "insert into mail_notification"
            + " (id, event_id, kind, recipient_key, refs, status, attempts, next_attempt_at, created_at)"
            + " values (?1, ?2, ?3, ?4, cast(?5 as jsonb), 'PENDING', 0, ?6, ?6)"
            + " on conflict (event_id, recipient_key) do nothing";

    @Inject
    EntityManager em;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Inject
    MailSender sender;

    @Inject
    Epoch epoch;

    public void accept(InboundEvent event) {
        Object p = event.payload();
        if (p instanceof EventSnapshot e) {
            summarise(e);
        }
        if (epoch.isHistory(event)) {
            return;
        }
        if (p instanceof RegistrationConfirmed c) {
            add(
                    event,
                    c.promotedFromWaitlist() ? MailKind.REGISTRATION_PROMOTED : MailKind.REGISTRATION_CONFIRMED,
                    MailNotification.REGISTRATION + c.registrationId(),
                    Map.of(
                            "eventId",
                            c.eventId().toString(),
                            "registrationId",
                            c.registrationId().toString()));
        } else if (p instanceof RegistrationWaitlisted w) {
            add(
                    event,
                    MailKind.REGISTRATION_WAITLISTED,
                    MailNotification.REGISTRATION + w.registrationId(),
                    Map.of(
                            "eventId",
                            w.eventId().toString(),
                            "registrationId",
                            w.registrationId().toString(),
                            "waitlistPosition",
                            Integer.toString(w.waitlistPosition())));
        } else if (p instanceof EventCancelled c) {
            add(
                    event,
                    MailKind.EVENT_CANCELLED,
                    MailNotification.EVENT_ATTENDEES + c.eventId(),
                    Map.of("eventId", c.eventId().toString()));
        }
    }

    private void add(InboundEvent event, MailKind kind, String recipientKey, Map<String, String> refs) {
        try {
            int added = em.createNativeQuery(INSERT)
                    .setParameter(1, io.alliancehub.kit.id.Uuid7.next())
                    .setParameter(2, event.id())
                    .setParameter(3, kind.name())
                    .setParameter(4, recipientKey)
                    .setParameter(5, json.writeValueAsString(refs))
                    .setParameter(6, OffsetDateTime.now())
                    .executeUpdate();
            if (added > 0) {
                sender.wakeAfterCommit();
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the newest snapshot of an event: what its e-mails say of it. */
    private void summarise(EventSnapshot e) {
        EventSummary s = EventSummary.findById(e.eventId());
        boolean unseen = s == null;
        if (unseen) {
            s = new EventSummary();
            s.eventId = e.eventId();
        } else if (e.version() < s.version) {
            return; // an older snapshot, redelivered late
        }
        s.version = e.version();
        s.titleZh = e.title() == null ? null : e.title().zh();
        s.titleEn = e.title() == null ? null : e.title().en();
        s.startsAt = e.startsAt();
        s.endsAt = e.endsAt();
        s.timeZone = e.timeZone();
        s.venueName = e.venue() == null ? null : e.venue().name();
        s.venueCity = e.venue() == null ? null : e.venue().city();
        if (unseen) {
            // persisted once complete: Hibernate inserts the state the entity has when it is persisted
            s.persist();
        }
    }

    /** The id of an event a row is about. */
    static UUID eventId(MailNotification n) {
        return UUID.fromString(n.refs.get("eventId"));
    }
}
