package io.alliancehub.tokens;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs the suite's bearer tokens: RS256, the claims every service reads ({@code iss}, {@code sub},
 * {@code upn}, {@code groups} with one role, {@code org} for a member's organisation, {@code iat},
 * {@code exp}, {@code jti}). The only place in the repository where a token is made: {@code ./alliance
 * token}, the tests (test-kit) and the harness (bench) all call it.
 */
public final class TokenMinter {

    /** The key id the local suite's tokens carry. */
    public static final String KEY_ID = "alliance-local";

    /** The audience the suite's applications accept unless configured otherwise ({@code ALLIANCE_JWT_AUDIENCE}). */
    public static final String DEFAULT_AUDIENCE = "alliance-hub";

    private final PrivateKey key;
    private final String issuer;
    private final String audience;

    /** A minter whose tokens carry this issuer and this audience ({@code aud}), signed with this key. */
    public TokenMinter(PrivateKey key, String issuer, String audience) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
    }

    /** A token for {@code subject}, to be shaped further; one hour, this minter's issuer, audience and key. */
    public Token token(String subject, String role) {
        return new Token(subject, role);
    }

    /** A token that is about to be signed: change what a test or the harness needs, then {@link #sign()}. */
    public final class Token {
        private final String subject;
        private final String role;
        private String organization;
        private String tokenIssuer = issuer;
        private String tokenAudience = audience;
        private Instant issuedAt = Instant.now();
        private Duration ttl = Duration.ofHours(1);

        private Token(String subject, String role) {
            this.subject = subject;
            this.role = role;
        }

        /** The member's organisation ({@code org} claim). */
        public Token organization(UUID id) {
            return organization(id.toString());
        }

        public Token organization(String id) {
            this.organization = id;
            return this;
        }

        public Token issuer(String other) {
            this.tokenIssuer = other;
            return this;
        }

        /** Another audience: a token meant for another system, which the suite must refuse. */
        public Token audience(String other) {
            this.tokenAudience = other;
            return this;
        }

        /** When the token was issued; expiry is this plus the lifetime, so a past instant makes an expired token. */
        public Token issuedAt(Instant at) {
            this.issuedAt = at;
            return this;
        }

        public Token ttl(Duration lifetime) {
            this.ttl = lifetime;
            return this;
        }

        public String sign() {
            return signWith(key);
        }

        /** Signed with another key: a token the suite must not trust. */
        public String signWith(PrivateKey other) {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(tokenIssuer);
            claims.setSubject(subject);
            claims.setAudience(tokenAudience);
            claims.setClaim("upn", subject);
            claims.setStringListClaim("groups", List.of(role));
            if (organization != null) {
                claims.setClaim("org", organization);
            }
            claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
            claims.setExpirationTime(NumericDate.fromSeconds(issuedAt.plus(ttl).getEpochSecond()));
            claims.setJwtId(UUID.randomUUID().toString());
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(other);
            jws.setKeyIdHeaderValue(KEY_ID);
            jws.setHeader("typ", "JWT");
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            try {
                return jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException("cannot sign a token", e);
            }
        }
    }
}
