package io.alliancehub.notifications.service;

import io.alliancehub.contracts.events.notifications.WebhookSubscriptionDisabled;
import io.alliancehub.kit.outbox.Outbox;
import io.alliancehub.notifications.config.NotificationsConfig;
import io.alliancehub.notifications.domain.MailKind;
import io.alliancehub.notifications.domain.MailNotification;
import io.alliancehub.notifications.domain.RetrySchedule;
import io.alliancehub.notifications.domain.WebhookSignature;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries, at least once and in order per (subscription, aggregate key).
 *
 * <ul>
 *   <li>A delivery is due when it is PENDING, its time has come, its subscription is ACTIVE and no older delivery
 *   of the same key to the same subscription is still pending: a key's next event waits for the one before it.</li>
 *   <li>Claiming a delivery leases it ({@code next_attempt_at = now + lease}) in a short transaction with
 *   {@code SKIP LOCKED}, so several replicas share the work without sending one delivery twice at once, and a
 *   replica that dies mid-send leaves it due again when the lease ends.</li>
 *   <li>A 2xx answer marks it DELIVERED. Anything else (another status, a timeout, a refused connection, a target
 *   that now resolves to a refused address) schedules the next attempt with backoff and jitter; a subscription
 *   whose deliveries have failed for {@code disable-after} (a day) is DISABLED, its deliveries kept until it is
 *   resumed. Nothing is dropped.</li>
 * </ul>
 * Woken in-process after an intake committed new deliveries; otherwise it polls once a second.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    static final String CLAIM = """
            with due as (
                select d.id from webhook_delivery d
                join webhook_subscription s on s.id = d.subscription_id and s.status = 'ACTIVE'
                where d.status = 'PENDING' and d.next_attempt_at <= now()
                  and not exists (select 1 from webhook_delivery e
                                  where e.subscription_id = d.subscription_id and e.aggregate_key = d.aggregate_key
                                    and e.status = 'PENDING' and e.seq < d.seq)
                order by d.seq
                limit ?1
                for update of d skip locked)
            update webhook_delivery w
               set next_attempt_at = now() + make_interval(secs => ?2), attempts = w.attempts + 1,
                   last_attempt_at = now()
              from due, webhook_subscription s
             where w.id = due.id and s.id = w.subscription_id
            returning w.id, w.subscription_id, w.body, w.attempts, s.url, s.secret, s.previous_secret,
                      s.previous_secret_until
            """;

    @Inject
    EntityManager em;

    @Inject
    NotificationsConfig config;

    @Inject
    WebhookTargets targets;

    @Inject
    WebhookClient client;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    MailIntake mail;

    @Inject
    Outbox outbox;

    @Inject
    MeterRegistry registry;

    private WakeableWorker worker;

    /** A claimed delivery with what sending it needs. */
    record Claimed(
            UUID id,
            UUID subscriptionId,
            String body,
            int attempt,
            String url,
            String secret,
            String previousSecret,
            OffsetDateTime previousSecretUntil) {

        List<String> secrets(OffsetDateTime now) {
            return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                    ? List.of(secret, previousSecret)
                    : List.of(secret);
        }
    }

    void start(@Observes StartupEvent event) {
        // at zero from the start, so that the first failure after a restart counts as an increase
        attempts("delivered");
        attempts("failed");
        if (!config.webhooks().dispatcherEnabled()) {
            LOG.info("webhook dispatcher disabled on this instance");
            return;
        }
        worker = new WakeableWorker(
                "webhook-dispatcher",
                config.webhooks().pollInterval(),
                () -> dispatchOnce() >= config.webhooks().batchSize());
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.stop();
        }
    }

    /** Called in a transaction that added deliveries: the dispatcher looks for them once it commits. */
    void wakeAfterCommit() {
        if (worker != null) {
            worker.wakeAfterCommit(transactions);
        }
    }

    /** Claims the due deliveries, sends them concurrently, records each outcome; returns how many it sent. */
    public int dispatchOnce() {
        List<Claimed> claimed = claim();
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<Claimed, Future<WebhookClient.Outcome>> sending = new LinkedHashMap<>();
        for (Claimed c : claimed) {
            sending.put(c, send(c));
        }
        List<Map.Entry<Claimed, WebhookClient.Outcome>> outcomes = new ArrayList<>();
        long wait = config.webhooks().timeout().toMillis() + 5_000;
        for (Map.Entry<Claimed, Future<WebhookClient.Outcome>> e : sending.entrySet()) {
            outcomes.add(Map.entry(e.getKey(), await(e.getValue(), wait)));
        }
        QuarkusTransaction.requiringNew().run(() -> outcomes.forEach(o -> record(o.getKey(), o.getValue())));
        return claimed.size();
    }

    private List<Claimed> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(CLAIM)
                    .setParameter(1, config.webhooks().batchSize())
                    .setParameter(2, (double) config.webhooks().lease().toSeconds())
                    .getResultList();
            return rows.stream()
                    .map(r -> new Claimed(
                            (UUID) r[0],
                            (UUID) r[1],
                            (String) r[2],
                            ((Number) r[3]).intValue(),
                            (String) r[4],
                            (String) r[5],
                            (String) r[6],
                            r[7] == null ? null : toOffset(r[7])))
                    .toList();
        });
    }

    private Future<WebhookClient.Outcome> send(Claimed c) {
        WebhookTargets.Target target;
        try {
            target = targets.target(c.url());
        } catch (RuntimeException refused) {
            return Future.succeededFuture(new WebhookClient.Outcome(0, refused.getMessage()));
        }
        OffsetDateTime now = SubscriptionService.now();
        long timestamp = now.toEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/cloudevents+json; charset=utf-8");
        headers.put("user-agent", "AllianceHub-Webhooks/1");
        headers.put("webhook-id", c.id().toString());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put(
                "webhook-signature", WebhookSignature.header(c.secrets(now), c.id().toString(), timestamp, c.body()));
        return client.post(target, headers, c.body());
    }

    private static WebhookClient.Outcome await(Future<WebhookClient.Outcome> f, long millis) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookClient.Outcome(0, "interrupted");
        } catch (Exception e) {
            return new WebhookClient.Outcome(0, "no answer: " + e.getMessage());
        }
    }

    private void record(Claimed c, WebhookClient.Outcome outcome) {
        attempts(outcome.delivered() ? "delivered" : "failed").increment();
        OffsetDateTime now = SubscriptionService.now();
        Integer code = outcome.status() == 0 ? null : outcome.status();
        if (outcome.delivered()) {
            em.createNativeQuery("update webhook_delivery set status = 'DELIVERED', delivered_at = ?2,"
                            + " last_response_code = ?3, last_error = null where id = ?1")
                    .setParameter(1, c.id())
                    .setParameter(2, now)
                    .setParameter(3, code)
                    .executeUpdate();
            em.createNativeQuery("update webhook_subscription set failing_since = null"
                            + " where id = ?1 and failing_since is not null")
                    .setParameter(1, c.subscriptionId())
                    .executeUpdate();
            return;
        }
        Duration delay = RetrySchedule.delay(
                c.attempt(),
                config.webhooks().firstRetryDelay(),
                config.webhooks().maxRetryDelay(),
                ThreadLocalRandom.current().nextDouble());
        String error = code == null
                ? outcome.detail()
                : "HTTP " + code + (outcome.detail().isBlank() ? "" : ": " + outcome.detail());
        em.createNativeQuery("update webhook_delivery set next_attempt_at = ?2, last_response_code = ?3,"
                        + " last_error = ?4 where id = ?1 and status = 'PENDING'")
                .setParameter(1, c.id())
                .setParameter(2, now.plus(delay))
                .setParameter(3, code)
                .setParameter(4, error.length() > 1000 ? error.substring(0, 1000) : error)
                .executeUpdate();
        // the run of failures starts with the first one; a subscription in it for disable-after is disabled
        em.createNativeQuery("update webhook_subscription set failing_since = ?2"
                        + " where id = ?1 and failing_since is null")
                .setParameter(1, c.subscriptionId())
                .setParameter(2, now)
                .executeUpdate();
        String lastError = error.length() > 300 ? error.substring(0, 300) : error;
        int disabled = em.createNativeQuery(
                        "update webhook_subscription set status = 'DISABLED', version = version + 1,"
                                + " disabled_reason = 'deliveries failed since ' || failing_since::text || ': ' || ?3"
                                + " where id = ?1 and status = 'ACTIVE' and failing_since <= ?2")
                .setParameter(1, c.subscriptionId())
                .setParameter(2, now.minus(config.webhooks().disableAfter()))
                .setParameter(3, lastError)
                .executeUpdate();
        if (disabled > 0) {
            LOG.warnf(
                    "webhook subscription %s disabled: its deliveries failed for %s (last: %s)",
                    c.subscriptionId(), config.webhooks().disableAfter(), error);
            announceDisabled(c.subscriptionId(), lastError, now);
        }
    }

    /** Delivery attempts by outcome ({@code alliance_webhook_deliveries_total{outcome="delivered"|"failed"}}). */
    private Counter attempts(String outcome) {
        return Counter.builder("alliance.webhook.deliveries")
                .description("Webhook delivery attempts, by outcome (a failed one is retried)")
                .tag("outcome", outcome)
                .register(registry);
    }

    /**
     * In the transaction that disabled the subscription: publishes {@code webhook-subscription.disabled} (through
     * the outbox, so it is sent once that transaction commits) and tells the owner by e-mail when it gave a notice
     * address, once per run of failures (the run's start is part of the mail's cause).
     */
    private void announceDisabled(UUID subscription, String lastError, OffsetDateTime now) {
        Object[] row = (Object[]) em.createNativeQuery("select s.owner, s.url, s.failing_since, s.disabled_reason,"
                        + " s.notice_email is not null, (select count(*) from webhook_delivery d"
                        + " where d.subscription_id = s.id and d.status = 'PENDING')"
                        + " from webhook_subscription s where s.id = ?1")
                .setParameter(1, subscription)
                .getSingleResult();
        String url = (String) row[1];
        OffsetDateTime failingSince = toOffset(row[2]);
        String reason = (String) row[3];
        outbox.publish(
                subscription,
                new WebhookSubscriptionDisabled(
                        subscription,
                        (String) row[0],
                        java.net.URI.create(url).getHost(),
                        failingSince,
                        lastError.isBlank() ? "failed" : lastError,
                        ((Number) row[5]).longValue(),
                        now));
        if (!(Boolean) row[4]) {
            return;
        }
        mail.add(
                "webhook-disabled:" + subscription + ":" + failingSince.toInstant(),
                MailKind.WEBHOOK_DISABLED,
                MailNotification.WEBHOOK_OWNER + subscription,
                MailIntake.refs(
                        "subscriptionId",
                        subscription,
                        "url",
                        url,
                        "failingSince",
                        failingSince.toInstant(),
                        "reason",
                        reason));
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}
