package io.alliancehub.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {

    private static final String ISSUER = "https://alliancehub.test";

    @TempDir
    Path dir;

    @Test
    void keysAreMadeOnceWithAnOwnerOnlyPrivateKey() throws Exception {
        Path privateKey = KeyFiles.ensure(dir);
        String first = Files.readString(privateKey);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(dir.resolve(KeyFiles.PUBLIC_KEY_FILE))).startsWith("-----BEGIN PUBLIC KEY-----");

        KeyFiles.ensure(dir);
        assertThat(Files.readString(privateKey)).as("an existing key is kept").isEqualTo(first);

        Files.delete(dir.resolve(KeyFiles.PUBLIC_KEY_FILE));
        KeyFiles.ensure(dir);
        String token = new TokenMinter(KeyFiles.readPrivate(privateKey), ISSUER, TokenMinter.DEFAULT_AUDIENCE)
                .token("s", "admin")
                .sign();
        assertThat(verify(token).getSubject())
                .as("a derived public key verifies the old private key's tokens")
                .isEqualTo("s");
    }

    @Test
    void aTokenCarriesTheClaimsTheServicesRead() throws Exception {
        TokenMinter minter =
                new TokenMinter(KeyFiles.readPrivate(KeyFiles.ensure(dir)), ISSUER, TokenMinter.DEFAULT_AUDIENCE);
        JwtClaims claims = verify(minter.token("rep-1", "member")
                .organization("0b7f6d2e-0000-4000-8000-000000000001")
                .sign());
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getSubject()).isEqualTo("rep-1");
        assertThat(claims.getStringClaimValue("upn")).isEqualTo("rep-1");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("member");
        assertThat(claims.getStringClaimValue("org")).isEqualTo("0b7f6d2e-0000-4000-8000-000000000001");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue())
                .isEqualTo(3600);
        assertThat(claims.getJwtId()).isNotBlank();
    }

    @Test
    void expiredForeignAndOtherIssuerTokensAreRejected() throws Exception {
        TokenMinter minter =
                new TokenMinter(KeyFiles.readPrivate(KeyFiles.ensure(dir)), ISSUER, TokenMinter.DEFAULT_AUDIENCE);
        String expired = minter.token("a", "admin")
                .issuedAt(Instant.now().minusSeconds(7200))
                .sign();
        String foreign = minter.token("a", "admin").signWith(KeyFiles.generate().getPrivate());
        String elsewhere =
                minter.token("a", "admin").issuer("https://elsewhere.example").sign();
        for (String token : List.of(expired, foreign, elsewhere)) {
            assertThatThrownBy(() -> verify(token)).isInstanceOf(InvalidJwtException.class);
        }
    }

    @Test
    void theCommandLineMintsAndRefusesBadArguments() throws Exception {
        KeyFiles.ensure(dir);
        String key = dir.resolve(KeyFiles.PRIVATE_KEY_FILE).toString();
        Run ok = run("mint", "--key", key, "--issuer", ISSUER, "--role=partner", "--ttl", "60");
        assertThat(ok.code).isZero();
        JwtClaims claims = verify(ok.out.strip());
        assertThat(claims.getSubject()).isEqualTo("partner-local");
        assertThat(claims.getAudience()).containsExactly(TokenMinter.DEFAULT_AUDIENCE);
        Run elsewhere = run("mint", "--key", key, "--issuer", ISSUER, "--audience", "another-system", "--role=partner");
        assertThat(elsewhere.code).isZero();
        assertThatThrownBy(() -> verify(elsewhere.out.strip()))
                .as("a token for another audience")
                .isInstanceOf(InvalidJwtException.class);
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue())
                .isEqualTo(60);

        assertThat(run("mint", "--key", key, "--issuer", ISSUER, "--role", "member").err)
                .contains("needs --org");
        assertThat(run("mint", "--key", key, "--issuer", ISSUER, "--role", "root").code)
                .isEqualTo(2);
        assertThat(run("mint", "--key", key, "--issuer", ISSUER, "--role", "admin", "--ttl", "0").code)
                .isEqualTo(2);
        assertThat(run("mint", "--key", key, "--issuer", ISSUER, "--role", "admin", "--sub", "a\nb").code)
                .isEqualTo(2);
        assertThat(run("mint", "--help").out).contains("--role");
        assertThat(run().code).isEqualTo(2);

        Path other = dir.resolve("other");
        assertThat(run("keys", "--dir", other.toString()).code).isZero();
        assertThat(other.resolve(KeyFiles.PRIVATE_KEY_FILE)).isNotEmptyFile();
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = TokensCli.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private JwtClaims verify(String token) throws Exception {
        String pem = Files.readString(dir.resolve(KeyFiles.PUBLIC_KEY_FILE))
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setExpectedIssuer(ISSUER)
                .setExpectedAudience(TokenMinter.DEFAULT_AUDIENCE)
                .setRequireExpirationTime()
                .build();
        return consumer.processToClaims(token);
    }
}
