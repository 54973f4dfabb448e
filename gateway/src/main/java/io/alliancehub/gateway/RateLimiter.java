package io.alliancehub.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Per-client token buckets (Bucket4j): a client is its token's subject, or its IP address when
 * anonymous; its limit per minute comes from its role. Buckets live in a bounded cache, so a
 * flood of distinct clients cannot exhaust memory. Limits are per gateway instance.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    GatewayConfig config;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    /**
     * One request's share of its client's limit.
     *
     * @param allowed   whether it may pass
     * @param limit     requests a minute for this client
     * @param remaining requests left now
     * @param reset     seconds until the next request may pass (0 while some remain)
     */
    public record Decision(boolean allowed, int limit, long remaining, long reset) {}

    public Decision tryConsume(String client, String role) {
        int limit = perMinute(role);
        Bucket bucket = buckets.get(role + "|" + client, k -> newBucket(limit));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long reset = probe.getRemainingTokens() > 0 && probe.isConsumed()
                ? 0
                : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision(probe.isConsumed(), limit, probe.getRemainingTokens(), reset);
    }

    int perMinute(String role) {
        return switch (role) {
            case "admin" -> config.rateLimit().admin();
            case "partner" -> config.rateLimit().partner();
            case "member" -> config.rateLimit().member();
            case "checkin" -> config.rateLimit().checkin();
            default -> config.rateLimit().anonymous();
        };
    }

    private static Bucket newBucket(int perMinute) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }
}
