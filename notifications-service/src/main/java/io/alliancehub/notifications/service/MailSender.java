package io.alliancehub.notifications.service;

import io.alliancehub.notifications.config.NotificationsConfig;
import io.alliancehub.notifications.domain.CalendarEntry;
import io.alliancehub.notifications.domain.EventSummary;
import io.alliancehub.notifications.domain.Language;
import io.alliancehub.notifications.domain.MailKind;
import io.alliancehub.notifications.domain.MailNotification;
import io.alliancehub.notifications.domain.RetrySchedule;
import io.alliancehub.notifications.domain.WebhookSubscription;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Sends the pending e-mails: reads each recipient's address from the owning service, writes the mail from its
 * template in the recipient's language, hands it to the SMTP server, and records what proves it was sent (the
 * address's SHA-256, the language, the time) without the address.
 *
 * <ul>
 *   <li>A row is claimed with a lease ({@code next_attempt_at = now + lease}, {@code SKIP LOCKED}), so several
 *   replicas share the work and a replica that dies mid-send leaves the row due again.</li>
 *   <li>The SMTP server or the directory unreachable: the row stays PENDING and is retried with backoff, without
 *   end. A recipient the owning service no longer knows (404), or one who switched the reminder off: SKIPPED.</li>
 *   <li>At least once: a crash between the SMTP server's acceptance and the commit sends that mail again.</li>
 * </ul>
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    static final String CLAIM = """
            update mail_notification set next_attempt_at = now() + make_interval(secs => ?2), attempts = attempts + 1
             where id in (select id from mail_notification
                           where status = 'PENDING' and next_attempt_at <= now()
                           order by next_attempt_at limit ?1 for update skip locked)
            returning id
            """;

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Engine templates;

    @Inject
    @RestClient
    EventsDirectory events;

    @Inject
    @RestClient
    MembersDirectory members;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper jsonMapper;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    NotificationsConfig config;

    @Inject
    OptOutLinks optOutLinks;

    /** Rows claimed at a time by one replica. */
    static final int BATCH = 20;

    private WakeableWorker worker;

    void start(@Observes StartupEvent event) {
        if (!config.mail().senderEnabled()) {
            return;
        }
        worker = new WakeableWorker("mail-sender", config.mail().pollInterval(), () -> sendDue() >= BATCH);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.stop();
        }
    }

    /** Called in a transaction that added rows: the sender looks for them once it commits. */
    void wakeAfterCommit() {
        if (worker != null) {
            worker.wakeAfterCommit(transactions);
        }
    }

    /** Claims the due rows and sends each; returns how many it handled. */
    int sendDue() {
        @SuppressWarnings("unchecked")
        List<UUID> claimed = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(CLAIM)
                        .setParameter(1, BATCH)
                        .setParameter(2, (double) config.mail().lease().toSeconds())
                        .getResultList());
        for (UUID id : claimed) {
            MailNotification n = QuarkusTransaction.requiringNew().call(() -> MailNotification.findById(id));
            if (n == null || !MailNotification.PENDING.equals(n.status)) {
                continue;
            }
            try {
                if (n.recipientKey.startsWith(MailNotification.EVENT_ATTENDEES)) {
                    expand(n);
                } else if (n.recipientKey.startsWith(MailNotification.ORGANIZATION_REPRESENTATIVES)) {
                    expandRepresentatives(n);
                } else {
                    send(n);
                }
            } catch (RuntimeException e) {
                retry(n, e);
            }
        }
        return claimed.size();
    }

    /** An event's attendees: one row each (the same event, so each gets it once), then this row is done. */
    private void expand(MailNotification n) {
        UUID eventId = MailIntake.eventId(n);
        for (int page = 0; ; page++) {
            EventsDirectory.Recipients recipients = events.recipients(eventId, page, 200);
            int current = page;
            QuarkusTransaction.requiringNew().run(() -> {
                for (EventsDirectory.Recipient r : recipients.items()) {
                    em.createNativeQuery(MailIntake.INSERT)
                            .setParameter(1, io.alliancehub.kit.id.Uuid7.next())
                            .setParameter(2, n.eventId)
                            .setParameter(3, n.kind.name())
                            .setParameter(4, MailNotification.REGISTRATION + r.registrationId())
                            .setParameter(
                                    5,
                                    json(Map.of(
                                            "eventId",
                                            eventId.toString(),
                                            "registrationId",
                                            r.registrationId().toString())))
                            .setParameter(6, OffsetDateTime.now())
                            .executeUpdate();
                }
                LOG.debugf("event %s: page %d of its attendees queued", eventId, current);
            });
            if (page + 1 >= recipients.totalPages()) {
                break;
            }
        }
        finish(n, MailNotification.SENT, null, null, null);
    }

    /** Who a mail goes to, as the owning service answers it at send time. */
    record Recipient(String name, String email, String language) {}

    /** An organisation's representatives: one row each (the same event, so each gets it once), then this row is done. */
    private void expandRepresentatives(MailNotification n) {
        UUID organization = UUID.fromString(n.refs.get("organizationId"));
        List<MembersDirectory.Recipient> representatives = members.recipients(organization, n.refs.get("role"));
        QuarkusTransaction.requiringNew().run(() -> {
            for (MembersDirectory.Recipient r : representatives) {
                Map<String, String> refs = new LinkedHashMap<>(n.refs);
                refs.put("contactId", r.contactId().toString());
                em.createNativeQuery(MailIntake.INSERT)
                        .setParameter(1, io.alliancehub.kit.id.Uuid7.next())
                        .setParameter(2, n.eventId)
                        .setParameter(3, n.kind.name())
                        .setParameter(4, MailNotification.CONTACT + r.contactId())
                        .setParameter(5, json(refs))
                        .setParameter(6, OffsetDateTime.now())
                        .executeUpdate();
            }
        });
        finish(n, MailNotification.SENT, null, null, representatives.size() + " representatives");
    }

    private String json(Map<String, String> refs) {
        try {
            return jsonMapper.writeValueAsString(refs);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(MailNotification n) {
        Recipient recipient;
        try {
            recipient = recipient(n);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                finish(n, MailNotification.SKIPPED, null, null, n.recipientKey + " is gone");
                return;
            }
            throw e;
        }
        if (recipient == null) {
            finish(n, MailNotification.SKIPPED, null, null, n.recipientKey + " is no longer a recipient");
            return;
        }
        String hash = hash(recipient.email());
        if (n.kind.reminder() && optedOut(hash, n.kind)) {
            finish(n, MailNotification.SKIPPED, hash, null, "the recipient switched " + n.kind + " off");
            return;
        }
        Language language = Language.of(recipient.language());
        UUID eventId = n.refs.containsKey("eventId") ? MailIntake.eventId(n) : null;
        EventSummary event =
                eventId == null ? null : QuarkusTransaction.requiringNew().call(() -> EventSummary.findById(eventId));
        String text = render(n.kind.template(language), language, recipient.name(), event, n.refs);
        int newline = text.indexOf('\n');
        String subject = text.substring(0, newline).trim();
        String body = text.substring(newline + 1).stripLeading();
        String optOutUrl = null;
        if (n.kind.reminder()) {
            optOutUrl = config.mail().publicUrl() + "/api/v1/notifications/opt-outs/" + optOutLinks.token(hash, n.kind);
            body += "\n"
                    + render(
                            "mail/opt-out-footer." + language.code(),
                            language,
                            null,
                            null,
                            Map.of("optOutUrl", optOutUrl));
        }
        Mail mail = Mail.withText(recipient.email(), subject, body)
                .setFrom(config.mail().from())
                .addHeader("X-Alliance-Notification", n.id.toString());
        if (optOutUrl != null) {
            // one-click unsubscribe (RFC 8058): mail clients show it and POST to the link
            mail.addHeader("List-Unsubscribe", "<" + optOutUrl + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (n.kind == MailKind.REGISTRATION_CONFIRMED || n.kind == MailKind.REGISTRATION_PROMOTED) {
            attachCalendarAndTicket(mail, n, event, language);
        }
        mailer.send(mail);
        finish(n, MailNotification.SENT, hash, language, null);
    }

    /** The recipient of a row, read from the owning service; null when it is no longer one. */
    private Recipient recipient(MailNotification n) {
        if (n.recipientKey.startsWith(MailNotification.WEBHOOK_OWNER)) {
            UUID id = UUID.fromString(n.refs.get("subscriptionId"));
            WebhookSubscription s = QuarkusTransaction.requiringNew().call(() -> WebhookSubscription.findById(id));
            return s == null || s.noticeEmail == null ? null : new Recipient(null, s.noticeEmail, s.noticeLanguage);
        }
        if (n.recipientKey.startsWith(MailNotification.CONTACT)) {
            UUID contact = UUID.fromString(n.refs.get("contactId"));
            return members.recipients(UUID.fromString(n.refs.get("organizationId")), null).stream()
                    .filter(c -> c.contactId().equals(contact))
                    .findFirst()
                    .map(c -> new Recipient(name(c, Language.of(c.language())), c.email(), c.language()))
                    .orElse(null);
        }
        EventsDirectory.Recipient r =
                events.recipient(MailIntake.eventId(n), UUID.fromString(n.refs.get("registrationId")));
        return new Recipient(r.name(), r.email(), r.language());
    }

    private static String name(MembersDirectory.Recipient c, Language language) {
        String preferred = language == Language.EN ? c.name().en() : c.name().zh();
        return preferred != null
                ? preferred
                : language == Language.EN ? c.name().zh() : c.name().en();
    }

    /**
     * A seat's confirmation carries the event as a calendar entry and the ticket (its QR code, from events-service at
     * send time: the ticket's secret is never kept here). A registration cancelled meanwhile has no ticket (409).
     */
    private void attachCalendarAndTicket(Mail mail, MailNotification n, EventSummary event, Language language) {
        UUID registration = UUID.fromString(n.refs.get("registrationId"));
        if (event != null && event.startsAt != null) {
            String location = event.venueName == null
                    ? null
                    : event.venueName + (event.venueCity == null ? "" : ", " + event.venueCity);
            String ics = CalendarEntry.of(
                    registration + "@alliancehub",
                    title(event, language),
                    event.startsAt,
                    event.endsAt,
                    location,
                    OffsetDateTime.now());
            mail.addAttachment(
                    "event.ics", ics.getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        try {
            mail.addAttachment(
                    "ticket.png",
                    events.ticket(event == null ? MailIntake.eventId(n) : event.eventId, registration),
                    "image/png");
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 409) {
                throw e;
            }
            LOG.debugf("registration %s holds no seat any more: its mail goes without a ticket", registration);
        }
    }

    private String render(
            String name, Language language, String recipientName, EventSummary event, Map<String, String> refs) {
        Template template = templates.getTemplate(name);
        if (template == null) {
            throw new IllegalStateException("no template " + name);
        }
        Map<String, Object> data = new LinkedHashMap<>(refs);
        data.put("name", recipientName == null ? "" : recipientName);
        data.put("agreement", inLanguage(refs, "agreement", language));
        data.put("milestone", inLanguage(refs, "milestone", language));
        data.put("title", event == null ? "" : title(event, language));
        data.put("when", event == null || event.startsAt == null ? "" : when(event, language));
        data.put(
                "where",
                event == null || event.venueName == null
                        ? ""
                        : event.venueName + (event.venueCity == null ? "" : ", " + event.venueCity));
        io.quarkus.qute.TemplateInstance instance = template.instance();
        data.forEach(instance::data);
        return instance.render();
    }

    /** {@code <stem>En} or {@code <stem>Zh} of the refs, in the recipient's language when there is one. */
    private static String inLanguage(Map<String, String> refs, String stem, Language language) {
        String zh = refs.get(stem + "Zh");
        String en = refs.get(stem + "En");
        String preferred = language == Language.EN ? en : zh;
        return preferred != null
                ? preferred
                : language == Language.EN ? (zh == null ? "" : zh) : (en == null ? "" : en);
    }

    private static String title(EventSummary e, Language language) {
        String preferred = language == Language.EN ? e.titleEn : e.titleZh;
        return preferred != null ? preferred : language == Language.EN ? e.titleZh : e.titleEn;
    }

    private static String when(EventSummary e, Language language) {
        ZoneId zone = ZoneId.of(e.timeZone == null ? "Asia/Shanghai" : e.timeZone);
        DateTimeFormatter format = language == Language.EN
                ? DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINESE);
        return e.startsAt.atZoneSameInstant(zone).format(format) + " (" + zone.getId() + ")";
    }

    private boolean optedOut(String hash, MailKind kind) {
        return QuarkusTransaction.requiringNew()
                .call(() -> !em.createNativeQuery("select 1 from mail_opt_out where recipient_hash = ?1 and kind = ?2")
                        .setParameter(1, hash)
                        .setParameter(2, kind.name())
                        .getResultList()
                        .isEmpty());
    }

    private void finish(MailNotification n, String status, String hash, Language language, String note) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update mail_notification"
                                + " set status = ?2, recipient_hash = ?3, language = ?4, sent_at = ?5, last_error = ?6"
                                + " where id = ?1")
                        .setParameter(1, n.id)
                        .setParameter(2, status)
                        .setParameter(3, hash)
                        .setParameter(4, language == null ? null : language.code())
                        .setParameter(5, OffsetDateTime.now())
                        .setParameter(6, note)
                        .executeUpdate());
    }

    private void retry(MailNotification n, RuntimeException e) {
        Duration delay = RetrySchedule.delay(
                n.attempts,
                config.mail().firstRetryDelay(),
                config.mail().maxRetryDelay(),
                ThreadLocalRandom.current().nextDouble());
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        LOG.infof("mail %s (%s) not sent, retrying in %s: %s", n.id, n.kind, delay, error);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "update mail_notification set next_attempt_at = ?2, last_error = ?3 where id = ?1")
                        .setParameter(1, n.id)
                        .setParameter(2, OffsetDateTime.now().plus(delay))
                        .setParameter(3, error.length() > 1000 ? error.substring(0, 1000) : error)
                        .executeUpdate());
    }

    /** The SHA-256 of an address (trimmed, lower-case), hex: what is kept instead of the address. */
    static String hash(String email) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
