package io.alliancehub.bench.reliability;

import io.alliancehub.tokens.KeyFiles;
import io.alliancehub.tokens.TokenMinter;
import java.time.Instant;
import java.util.UUID;

/**
 * Tokens for every kind of caller the authorisation matrix tries, from the suite's one minter and
 * signed with the local suite's key (.alliance/keys/jwt-private.pem) — except the forged ones,
 * which are signed with a key of their own or name another issuer.
 */
final class Tokens {

    private final TokenMinter minter;

    Tokens(TokenMinter minter) {
        this.minter = minter;
    }

    String admin(String subject) {
        return minter.token(subject, "admin").sign();
    }

    String partner(String subject) {
        return minter.token(subject, "partner").sign();
    }

    /** A partner system's token that carries an org claim (it must not get that member's rights). */
    String partnerWithOrg(String subject, UUID organization) {
        return minter.token(subject, "partner").organization(organization).sign();
    }

    String member(String subject, UUID organization) {
        return minter.token(subject, "member").organization(organization).sign();
    }

    /** Valid in every way but expired a minute ago. */
    String expired() {
        return minter.token("expired-admin", "admin")
                .issuedAt(Instant.now().minusSeconds(3660))
                .sign();
    }

    /** The suite's issuer and key, but meant for another audience. */
    String otherAudience() {
        return minter.token("foreign-audience-admin", "admin")
                .audience("another-system")
                .sign();
    }

    /** Signed by the suite's key but for another issuer. */
    String otherIssuer() {
        return minter.token("foreign-admin", "admin")
                .issuer("https://issuer.elsewhere.example")
                .sign();
    }

    /** The right issuer, signed by a key the suite does not know. */
    String foreignKey() {
        return minter.token("forged-admin", "admin")
                .signWith(KeyFiles.generate().getPrivate());
    }
}
