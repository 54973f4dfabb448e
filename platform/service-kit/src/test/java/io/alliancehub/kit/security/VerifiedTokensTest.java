package io.alliancehub.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alliancehub.tokens.KeyFiles;
import io.alliancehub.tokens.TokenMinter;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The cache serves only what verified, under the settings it verified against, until expiry. */
class VerifiedTokensTest {

    private static final String ISSUER = "https://alliancehub.test";

    private final KeyPair suiteKey = KeyFiles.generate();
    private final TokenMinter minter = new TokenMinter(suiteKey.getPrivate(), ISSUER, TokenMinter.DEFAULT_AUDIENCE);
    private final JWTAuthContextInfo settings = settings(suiteKey);
    private final VerifiedTokens tokens = new VerifiedTokens();

    @Test
    void aTokenThatVerifiedIsServedAgainFromTheCache() throws Exception {
        String token = minter.token("partner-1", "partner").sign();

        JWTCallerPrincipal first = tokens.parse(token, settings);
        JWTCallerPrincipal second = tokens.parse(token, settings);

        assertThat(first.getSubject()).isEqualTo("partner-1");
        assertThat(first.getGroups()).containsExactly("partner");
        assertThat(second).isSameAs(first);
    }

    @Test
    void aTokenWithAnotherSignatureIsVerifiedAfreshEvenWhenItsClaimsWereCached() throws Exception {
        String token = minter.token("partner-1", "partner").sign();
        tokens.parse(token, settings);
        String forged = token.substring(0, token.lastIndexOf('.') + 1)
                + minter.token("partner-1", "partner")
                        .signWith(KeyFiles.generate().getPrivate())
                        .split("\\.")[2];

        assertThatThrownBy(() -> tokens.parse(forged, settings)).isInstanceOf(ParseException.class);
    }

    @Test
    void aFailedTokenIsNeverCached() {
        String foreign =
                minter.token("intruder", "admin").signWith(KeyFiles.generate().getPrivate());

        assertThatThrownBy(() -> tokens.parse(foreign, settings)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(foreign, settings)).isInstanceOf(ParseException.class);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = minter.token("member-1", "member")
                .issuedAt(Instant.now().minus(Duration.ofHours(3)))
                .ttl(Duration.ofHours(1))
                .sign();

        assertThatThrownBy(() -> tokens.parse(expired, settings)).isInstanceOf(ParseException.class);
    }

    @Test
    void aTokenCachedUnderOneKeyIsNotServedToAVerificationWithAnother() throws Exception {
        String token = minter.token("partner-1", "partner").sign();
        tokens.parse(token, settings);

        JWTAuthContextInfo otherKey = settings(KeyFiles.generate());

        assertThatThrownBy(() -> tokens.parse(token, otherKey)).isInstanceOf(ParseException.class);
    }

    private static JWTAuthContextInfo settings(KeyPair key) {
        JWTAuthContextInfo info = new JWTAuthContextInfo(key.getPublic(), ISSUER);
        info.setExpectedAudience(java.util.Set.of(TokenMinter.DEFAULT_AUDIENCE));
        info.setExpGracePeriodSecs(0);
        return info;
    }
}
