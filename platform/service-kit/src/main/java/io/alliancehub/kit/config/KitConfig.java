package io.alliancehub.kit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the shared service machinery, under {@code alliance.*}. */
@ConfigMapping(prefix = "alliance")
public interface KitConfig {

    /** The service's name, e.g. {@code members-service}: CloudEvents source and relay lock key. */
    String serviceName();

    Outbox outbox();

    Inbox inbox();

    Limits limits();

    WarmUp warmUp();

    interface WarmUp {
        /**
         * API paths (with their query) the instance reads once, one after the other, before it reports ready
         * ({@code kit.health.WarmUp}): the service's hot first reads, anonymous. None: ready without a warm-up.
         */
        Optional<List<String>> paths();
    }

    interface Limits {
        /** Largest body of an ordinary request (413 above it). */
        @WithDefault("1048576")
        long bodyBytes();

        /** Largest body of a bulk import (paths ending in {@code /import}). */
        @WithDefault("20971520")
        long importBytes();

        /**
         * API requests in progress at once; the next one is answered 503 with Retry-After at once
         * ({@code InFlightLimit}). Management endpoints under {@code /q/} do not count.
         */
        @WithDefault("256")
        int inFlight();
    }

    interface Inbox {
        /**
         * Whether each application of an event is also written to {@code inbox_apply_log} (a table with no key on
         * the event id), so that a duplicate application would be visible. For tests and the measured local stack.
         */
        @WithDefault("false")
        boolean applyLog();

        /**
         * A consumer whose last poll is longer ago than this makes the instance unready ({@code
         * kit.health.ConsumersPolling}): its consumer thread is stuck or gone, so its replicas fall behind.
         */
        @WithDefault("15s")
        java.time.Duration stalledAfter();
    }

    interface Outbox {
        /** Whether this instance may run the relay (one instance holds the lock at a time). */
        @WithDefault("true")
        boolean relayEnabled();

        /**
         * How often the relay looks for rows it was not woken for: rows committed by another
         * replica of the service (the relay runs in one), or after a takeover.
         */
        @WithDefault("250ms")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** How long one send may wait for the broker before the batch is retried later. */
        @WithDefault("15s")
        Duration sendTimeout();

        /** Upper bound of the back-off between failed attempts while the broker is unreachable. */
        @WithDefault("5s")
        Duration maxBackoff();
    }
}
