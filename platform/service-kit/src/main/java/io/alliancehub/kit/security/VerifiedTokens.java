package io.alliancehub.kit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * smallrye-jwt's token parser with a small cache of tokens that verified. A partner or the front end
 * sends the same token for many requests, and each of them paid an RSA signature check and a claims
 * parse (8% of members-service's CPU samples under creates). A token is verified once and then served
 * from the cache until its own expiry, and at most {@link #MAX_AGE}: a key removed from the JWKS
 * stops a token it signed within that time. Tokens that fail are never cached, and the cache is
 * bounded ({@link #MAX_TOKENS}) so that many distinct tokens cannot exhaust memory.
 *
 * <p>The cache key is the whole token and the verification settings it was checked against (by
 * identity: a verification with other settings, such as {@code JWTParser.verify(token, key)}, never
 * finds an entry made under these). A changed byte, signature included, is another key.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokens extends JWTCallerPrincipalFactory {

    static final Duration MAX_AGE = Duration.ofSeconds(60);
    static final int MAX_TOKENS = 10_000;

    private final JWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();

    private record Key(JWTAuthContextInfo settings, String token) {}

    private final Cache<Key, JWTCallerPrincipal> verified = Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            // an entry lives until its token expires, and never longer than MAX_AGE
            .expireAfter(Expiry.<Key, JWTCallerPrincipal>creating((key, principal) -> Duration.ofNanos(Math.max(
                    0,
                    Math.min(
                            TimeUnit.SECONDS.toNanos(principal.getExpirationTime())
                                    - TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()),
                            MAX_AGE.toNanos())))))
            .build();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        Key key = new Key(context, token);
        JWTCallerPrincipal known = verified.getIfPresent(key);
        if (known != null && known.getExpirationTime() > System.currentTimeMillis() / 1000) {
            return known;
        }
        JWTCallerPrincipal principal = verifier.parse(token, context);
        verified.put(key, principal);
        return principal;
    }
}
