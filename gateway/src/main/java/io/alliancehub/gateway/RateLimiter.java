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

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    /** @return 0 when the request may pass, else the seconds to wait before retrying */
    public long tryConsume(String client, String role) {
        Bucket bucket = buckets.get(role + "|" + client, k -> newBucket(perMinute(role)));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }

    int perMinute(String role) {
        return switch (role) {
            case "admin" -> config.rateLimit().admin();
            case "partner" -> config.rateLimit().partner();
            case "member" -> config.rateLimit().member();
            default -> config.rateLimit().anonymous();
        };
    }

    private static Bucket newBucket(int perMinute) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
