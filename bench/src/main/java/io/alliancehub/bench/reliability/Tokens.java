package io.alliancehub.bench.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/**
 * Tokens for every kind of caller the authorisation matrix tries, signed with the local suite's key
 * (.alliance/keys/jwt-private.pem, made by {@code ./alliance up}) — except the forged ones, which
 * are signed with a key of their own or name another issuer.
 */
final class Tokens {

    private final PrivateKey key;
    private final String issuer;

    Tokens(Path privateKeyPem, String issuer) throws Exception {
        this.key = readPkcs8(privateKeyPem);
        this.issuer = issuer;
    }

    String admin(String subject) {
        return sign(claims(subject, "admin", null, 3600), key);
    }

    String partner(String subject) {
        return sign(claims(subject, "partner", null, 3600), key);
    }

    String member(String subject, UUID organization) {
        return sign(claims(subject, "member", organization, 3600), key);
    }

    /** Valid in every way but expired a minute ago. */
    String expired() {
        return sign(claims("expired-admin", "admin", null, -60), key);
    }

    /** Signed by the suite's key but for another issuer. */
    String otherIssuer() {
        JwtClaims c = claims("foreign-admin", "admin", null, 3600);
        c.setIssuer("https://issuer.elsewhere.example");
        return sign(c, key);
    }

    /** The right issuer, signed by a key the suite does not know. */
    String foreignKey() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return sign(claims("forged-admin", "admin", null, 3600), g.generateKeyPair().getPrivate());
    }

    private JwtClaims claims(String subject, String role, UUID organization, long ttlSeconds) {
        JwtClaims c = new JwtClaims();
        c.setIssuer(issuer);
        c.setSubject(subject);
        c.setClaim("upn", subject);
        c.setStringListClaim("groups", List.of(role));
        if (organization != null) {
            c.setClaim("org", organization.toString());
        }
        NumericDate now = NumericDate.now();
        c.setIssuedAt(ttlSeconds < 0 ? NumericDate.fromSeconds(now.getValue() - 3600) : now);
        c.setExpirationTime(NumericDate.fromSeconds(now.getValue() + ttlSeconds));
        c.setJwtId(UUID.randomUUID().toString());
        return c;
    }

    private static String sign(JwtClaims claims, PrivateKey with) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(with);
        jws.setKeyIdHeaderValue("alliance-local");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static PrivateKey readPkcs8(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
