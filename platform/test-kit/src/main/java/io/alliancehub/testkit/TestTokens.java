package io.alliancehub.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * Signing keys made fresh for each test JVM (nothing committed) and tokens for each role. The
 * service under test verifies with the public key written to a temporary file.
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://alliancehub.test";
    private static final KeyPair KEYS = generate();
    private static final KeyPair FOREIGN_KEYS = generate();

    @Override
    public Map<String, String> start() {
        try {
            Path pem = Files.createTempFile("alliance-jwt-public", ".pem");
            pem.toFile().deleteOnExit();
            String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded());
            Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
            return Map.of(
                    "mp.jwt.verify.publickey.location", pem.toUri().toString(),
                    "mp.jwt.verify.issuer", ISSUER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
    }

    public static String admin() {
        return sign(claims("secretariat-test", "admin", null));
    }

    public static String member(UUID organizationId) {
        return sign(claims("rep-" + organizationId, "member", organizationId));
    }

    public static String partner() {
        return sign(claims("partner-system-test", "partner", null));
    }

    /** A valid token whose only role is {@code role} (e.g. one the suite does not know), for a given subject. */
    public static String withRole(String subject, String role) {
        return sign(claims(subject, role, null));
    }

    /** A token whose lifetime ended an hour ago. */
    public static String expired() {
        JwtClaimsBuilder c = claims("secretariat-test", "admin", null);
        c.issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600));
        return c.jws().sign(KEYS.getPrivate());
    }

    /** A well-formed admin token signed by a key the service does not trust. */
    public static String foreignSigned() {
        return claims("intruder", "admin", null).jws().sign(FOREIGN_KEYS.getPrivate());
    }

    /** An admin token from another issuer, signed with the trusted key. */
    public static String otherIssuer() {
        return Jwt.issuer("https://elsewhere.example").subject("elsewhere").groups("admin")
                .expiresIn(600).jws().sign(KEYS.getPrivate());
    }

    private static JwtClaimsBuilder claims(String subject, String role, UUID organizationId) {
        JwtClaimsBuilder c = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(role).expiresIn(3600);
        if (organizationId != null) {
            c.claim("org", organizationId.toString());
        }
        return c;
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().sign(KEYS.getPrivate());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
