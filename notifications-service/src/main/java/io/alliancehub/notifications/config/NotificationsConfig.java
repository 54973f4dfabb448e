package io.alliancehub.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of notifications-service (prefix {@code notifications}). */
@ConfigMapping(prefix = "notifications")
public interface NotificationsConfig {

    Webhooks webhooks();

    Mail mail();

    ServiceToken serviceToken();

    interface Mail {
        /** The From of every mail. */
        @WithDefault("Alliance Hub <no-reply@alliancehub.local>")
        String from();

        /** Wait after the first failed attempt (mail server or directory unreachable); doubled up to the max. */
        @WithDefault("10s")
        Duration firstRetryDelay();

        @WithDefault("10m")
        Duration maxRetryDelay();

        /** How long a replica holds a mail it is sending before another may take it over. */
        @WithDefault("60s")
        Duration lease();

        /** How often the sender looks for mail another replica's consumer queued. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("true")
        boolean senderEnabled();

        /** How often the membership-term reminders are looked for (they are due by date). */
        @WithDefault("1h")
        Duration termReminderInterval();

        /** The time zone whose calendar says how many days a term has left (the alliance's, as members-service's). */
        @WithDefault("Asia/Shanghai")
        java.time.ZoneId zone();

        /**
         * Where partners and people reach the suite (the gateway's public address): the base of the links in mails,
         * such as a reminder's opt-out link.
         */
        @WithDefault("http://127.0.0.1:8080")
        String publicUrl();
    }

    interface ServiceToken {
        /**
         * Where the notifier token comes from: {@code key}, minted here and signed with {@link #keyLocation()} (the
         * suite's own keys: the local stack, a cluster without an OIDC provider); {@code oidc-client}, a
         * client-credentials token of the OIDC provider the services verify ({@code quarkus.oidc-client.*}: its
         * address, a client that holds only the realm role {@code notifier}, the client's secret).
         */
        @WithDefault("key")
        Source source();

        /** PKCS#8 PEM of the key that signs notifications-service's notifier token (a key the services trust). */
        String keyLocation();

        enum Source {
            KEY,
            OIDC_CLIENT
        }
    }

    interface Webhooks {
        /** Targets on loopback addresses (127.0.0.0/8, ::1) accepted: the local stack only. */
        @WithDefault("false")
        boolean allowLoopbackTargets();

        /** Targets in private, link-local and other non-public ranges accepted: never in production. */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** Deliveries sent at once by one replica. */
        @WithDefault("32")
        int batchSize();

        /** Connect plus response headers, per attempt. */
        @WithDefault("10s")
        Duration timeout();

        /** How much of a receiver's response body is read (its status decides; the body is only logged). */
        @WithDefault("4096")
        int maxResponseBytes();

        /** Wait after the first failed attempt; doubled after each, up to {@link #maxRetryDelay()}, ±20% jitter. */
        @WithDefault("5s")
        Duration firstRetryDelay();

        @WithDefault("1h")
        Duration maxRetryDelay();

        /** A subscription whose deliveries have failed for this long is disabled (its deliveries are kept). */
        @WithDefault("24h")
        Duration disableAfter();

        /** How long a replica holds a delivery it is sending before another may take it over. */
        @WithDefault("60s")
        Duration lease();

        /** How often the dispatcher looks for due deliveries besides being woken by new ones. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("true")
        boolean dispatcherEnabled();
    }
}
