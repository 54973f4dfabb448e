package io.alliancehub.notifications.service;

import io.alliancehub.contracts.codes.MembershipStatus;
import io.alliancehub.contracts.events.agreements.AgreementExpiring;
import io.alliancehub.contracts.events.agreements.MilestoneOverdue;
import io.alliancehub.contracts.events.agreements.Party;
import io.alliancehub.contracts.events.events.EventCancelled;
import io.alliancehub.contracts.events.events.EventSnapshot;
import io.alliancehub.contracts.events.events.RegistrationConfirmed;
import io.alliancehub.contracts.events.events.RegistrationWaitlisted;
import io.alliancehub.contracts.events.members.MembershipStatusChanged;
import io.alliancehub.contracts.events.members.OrganizationSnapshot;
import io.alliancehub.kit.inbox.InboundEvent;
import io.alliancehub.notifications.domain.AgreementAccessEntry;
import io.alliancehub.notifications.domain.EventSummary;
import io.alliancehub.notifications.domain.MailKind;
import io.alliancehub.notifications.domain.MailNotification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

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
        } else if (p instanceof MembershipStatusChanged m && m.newStatus() == MembershipStatus.LAPSED) {
            // the organisation's primary representative
            add(
                    event,
                    MailKind.MEMBERSHIP_LAPSED,
                    MailNotification.ORGANIZATION_REPRESENTATIVES + m.organizationId(),
                    refs(
                            "organizationId", m.organizationId(),
                            "role", "PRIMARY_REPRESENTATIVE",
                            "termEnd", m.termEnd()));
        } else if (p instanceof AgreementExpiring a) {
            for (Party party : a.parties()) {
                if (party.organizationId() != null) {
                    add(
                            event,
                            MailKind.AGREEMENT_EXPIRING,
                            MailNotification.ORGANIZATION_REPRESENTATIVES + party.organizationId(),
                            refs(
                                    "organizationId", party.organizationId(),
                                    "agreementId", a.agreementId(),
                                    "referenceNumber", a.referenceNumber(),
                                    "agreementZh", a.title().zh(),
                                    "agreementEn", a.title().en(),
                                    "effectiveTo", a.effectiveTo(),
                                    "daysLeft", a.daysLeft()));
                }
            }
        } else if (p instanceof MilestoneOverdue o) {
            AgreementAccessEntry agreement = AgreementAccessEntry.findById(o.agreementId());
            for (UUID organization : agreement == null ? new UUID[0] : agreement.partyOrganizations) {
                add(
                        event,
                        MailKind.MILESTONE_OVERDUE,
                        MailNotification.ORGANIZATION_REPRESENTATIVES + organization,
                        refs(
                                "organizationId", organization,
                                "agreementId", o.agreementId(),
                                "milestoneZh", o.title().zh(),
                                "milestoneEn", o.title().en(),
                                "dueOn", o.dueOn()));
            }
        } else if (p instanceof EventCancelled c) {
            add(
                    event,
                    MailKind.EVENT_CANCELLED,
                    MailNotification.EVENT_ATTENDEES + c.eventId(),
                    Map.of("eventId", c.eventId().toString()));
        }
    }

    private void add(InboundEvent event, MailKind kind, String recipientKey, Map<String, String> refs) {
        add(event.id(), kind, recipientKey, refs);
    }

    /**
     * Queues one mail unless the same (cause, recipient) was queued before: {@code cause} is the id of the event
     * that causes it, or of a date-driven reminder ({@link TermReminders}). True when it was queued now.
     */
    boolean add(String cause, MailKind kind, String recipientKey, Map<String, String> refs) {
        try {
            int added = em.createNativeQuery(INSERT)
                    .setParameter(1, io.alliancehub.kit.id.Uuid7.next())
                    .setParameter(2, cause)
                    .setParameter(3, kind.name())
                    .setParameter(4, recipientKey)
                    .setParameter(5, json.writeValueAsString(refs))
                    .setParameter(6, OffsetDateTime.now())
                    .executeUpdate();
            if (added > 0) {
                sender.wakeAfterCommit();
            }
            return added > 0;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Template data from pairs of name and value; absent values (a text without its English) are left out. */
    static Map<String, String> refs(Object... pairs) {
        Map<String, String> refs = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                refs.put((String) pairs[i], pairs[i + 1].toString());
            }
        }
        return refs;
    }

    /** An organisation's membership term as one event tells it (the reminders before the term ends read it). */
    record Term(UUID organization, MembershipStatus status, LocalDate termEnd, OffsetDateTime changedAt) {}

    /**
     * The term each organisation has after {@code events}, in order: an event's term replaces the one kept unless it
     * is older (a redelivery, or the compacted topic's snapshot behind a later change), as the statement in
     * {@link #keepTerms} decides against the table.
     */
    static Collection<Term> newestTerms(List<InboundEvent> events) {
        Map<UUID, Term> newest = new LinkedHashMap<>();
        for (InboundEvent event : events) {
            Term t = null;
            if (event.payload() instanceof MembershipStatusChanged m) {
                t = new Term(m.organizationId(), m.newStatus(), m.termEnd(), m.changedAt());
            } else if (event.payload() instanceof OrganizationSnapshot o && event.time() != null) {
                // the compacted topic's latest record of an organisation is its snapshot, with the term
                t = new Term(o.organizationId(), o.membershipStatus(), o.termEnd(), event.time());
            }
            if (t != null) {
                newest.merge(
                        t.organization(), t, (kept, next) -> next.changedAt().isBefore(kept.changedAt()) ? kept : next);
            }
        }
        return newest.values();
    }

    /**
     * Keeps each organisation's membership term (what the term reminders read) as a transaction's events leave it,
     * with one statement for all of them, before the events are applied: nothing else in the transaction reads it.
     * Plain JDBC on the transaction's connection, as the inbox writes: a native update through the EntityManager
     * flushes the session and clears Hibernate's caches each time, which cost this consumer a statement and a flush
     * per organisation event.
     */
    public void keepTerms(List<InboundEvent> events) {
        Collection<Term> terms = newestTerms(events);
        if (terms.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into membership_term (organization_id, status, term_end, changed_at)
                    select t.id, t.status, t.term_end::date, t.changed_at::timestamptz
                    from unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) as t(id, status, term_end, changed_at)
                    on conflict (organization_id) do update
                    set status = excluded.status, term_end = excluded.term_end, changed_at = excluded.changed_at
                    where membership_term.changed_at <= excluded.changed_at""")) {
                upsert.setArray(
                        1,
                        connection.createArrayOf(
                                "uuid", terms.stream().map(Term::organization).toArray()));
                upsert.setArray(
                        2,
                        connection.createArrayOf(
                                "text",
                                terms.stream().map(t -> t.status().name()).toArray()));
                upsert.setArray(
                        3,
                        connection.createArrayOf(
                                "text",
                                terms.stream()
                                        .map(t -> t.termEnd() == null
                                                ? null
                                                : t.termEnd().toString())
                                        .toArray()));
                upsert.setArray(
                        4,
                        connection.createArrayOf(
                                "text",
                                terms.stream()
                                        .map(t -> t.changedAt().toString())
                                        .toArray()));
                upsert.executeUpdate();
            }
        });
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
