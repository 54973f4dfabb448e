package io.alliancehub.testkit;

import io.alliancehub.tokens.KeyFiles;
import io.alliancehub.tokens.TokenMinter;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Signing keys made fresh for each test JVM (nothing committed) and tokens for each role, from the
 * suite's one minter ({@link TokenMinter}). The service under test verifies with the public key
 * written to a temporary file.
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://alliancehub.test";
    /** The configuration property that names the test signing key's PEM file. */
    public static final String SIGNING_KEY_LOCATION = "testkit.signing-key-location";

    private static final KeyPair KEYS = KeyFiles.generate();
    private static final KeyPair FOREIGN_KEYS = KeyFiles.generate();
    private static final TokenMinter MINTER = new TokenMinter(KEYS.getPrivate(), ISSUER, TokenMinter.DEFAULT_AUDIENCE);

    @Override
    public Map<String, String> start() {
        try {
            Path pem = Files.createTempFile("alliance-jwt-public", ".pem");
            pem.toFile().deleteOnExit();
            Files.writeString(pem, KeyFiles.publicPem(KEYS.getPublic()));
            // the signing key itself, for a service that signs its own tokens (notifications-service's notifier token)
            Path key = Files.createTempFile("alliance-jwt-private", ".pem");
            key.toFile().deleteOnExit();
            Files.writeString(key, KeyFiles.privatePem(KEYS.getPrivate()));
            return Map.of(
                    "mp.jwt.verify.publickey.location",
                    pem.toUri().toString(),
                    "mp.jwt.verify.issuer",
                    ISSUER,
                    "mp.jwt.verify.audiences",
                    TokenMinter.DEFAULT_AUDIENCE,
                    SIGNING_KEY_LOCATION,
                    key.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {}

    public static String admin() {
        return MINTER.token("secretariat-test", "admin").sign();
    }

    public static String member(UUID organizationId) {
        return MINTER.token("rep-" + organizationId, "member")
                .organization(organizationId)
                .sign();
    }

    public static String partner() {
        return MINTER.token("partner-system-test", "partner").sign();
    }

    /** A partner system's token that carries an {@code org} claim: it must get no member rights from it. */
    public static String partnerWithOrg(UUID organizationId) {
        return MINTER.token("partner-system-test", "partner")
                .organization(organizationId)
                .sign();
    }

    /** A valid token whose only role is {@code role} (e.g. one the suite does not know), for a given subject. */
    public static String withRole(String subject, String role) {
        return MINTER.token(subject, role).sign();
    }

    /** A token whose lifetime ended an hour ago. */
    public static String expired() {
        return MINTER.token("secretariat-test", "admin")
                .issuedAt(Instant.now().minusSeconds(7200))
                .sign();
    }

    /** A well-formed admin token signed by a key the service does not trust. */
    public static String foreignSigned() {
        return MINTER.token("intruder", "admin").signWith(FOREIGN_KEYS.getPrivate());
    }

    /** An admin token from the right issuer and key, meant for another audience (another system). */
    public static String otherAudience() {
        return MINTER.token("elsewhere", "admin").audience("another-system").sign();
    }

    /** An admin token from another issuer, signed with the trusted key. */
    public static String otherIssuer() {
        return MINTER.token("elsewhere", "admin")
                .issuer("https://elsewhere.example")
                .sign();
    }
}
