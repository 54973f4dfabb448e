package io.alliancehub.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies bearer tokens before anything is proxied: signature (the configured key or JWKS),
 * issuer and expiry, with the same settings as the services ({@code mp.jwt.verify.*}).
 *
 * <p>A token that verified is remembered until its expiry, and at most {@link #MAX_AGE} (a key
 * removed from the JWKS stops its tokens within that time): a client sends the same token for many
 * requests, and the RSA check and claims parse were the larger part of the gateway's own work per
 * request. The services keep the same cache (the service kit's {@code VerifiedTokens}). Failures are
 * never remembered; at most {@link #MAX_TOKENS} tokens are.
 */
@ApplicationScoped
public class Authenticator {

    /** Roles in the order that decides a client's rate limit when a token carries several. */
    static final String[] ROLES = {"admin", "partner", "member", "checkin"};

    static final Duration MAX_AGE = Duration.ofSeconds(60);
    static final int MAX_TOKENS = 10_000;

    @Inject
    JWTParser parser;

    /** The caller; {@code expiresAt} is the token's expiry in epoch seconds. */
    public record Client(String key, String role, long expiresAt) {}

    private final Cache<String, Client> verified = Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .expireAfter(Expiry.<String, Client>creating((token, client) -> Duration.ofNanos(Math.max(
                    0,
                    Math.min(
                            TimeUnit.SECONDS.toNanos(client.expiresAt())
                                    - TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()),
                            MAX_AGE.toNanos())))))
            .build();

    /** The caller, or empty for a missing header; throws {@link ParseException} for a token that does not verify. */
    public Optional<Client> authenticate(String authorization) throws ParseException {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ParseException("the Authorization header must be 'Bearer <token>'");
        }
        String token = authorization.substring(7).trim();
        Client known = verified.getIfPresent(token);
        if (known != null && known.expiresAt() > System.currentTimeMillis() / 1000) {
            return Optional.of(known);
        }
        JsonWebToken jwt = parser.parse(token);
        Set<String> groups = jwt.getGroups();
        String role = "anonymous";
        for (String r : ROLES) {
            if (groups != null && groups.contains(r)) {
                role = r;
                break;
            }
        }
        Client client = new Client("sub:" + jwt.getSubject(), role, jwt.getExpirationTime());
        verified.put(token, client);
        return Optional.of(client);
    }
}
