package io.alliancehub.notifications.service;

import io.alliancehub.kit.security.Roles;
import io.alliancehub.notifications.config.NotificationsConfig;
import io.alliancehub.tokens.KeyFiles;
import io.alliancehub.tokens.TokenMinter;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The token notifications-service shows the owning services when it reads recipients' addresses: role
 * {@code notifier} only, renewed a minute before it ends. Either minted here (subject {@code notifications-service},
 * ten minutes, signed with a key the services trust, by the suite's one minter in platform/tokens), or, when the
 * services verify an OIDC provider's tokens, that provider's client-credentials token for a client that holds only
 * the realm role {@code notifier} ({@code notifications.service-token.source=oidc-client}, Quarkus' OIDC client).
 */
@ApplicationScoped
public class ServiceToken {

    static final String SUBJECT = "notifications-service";
    static final Duration LIFETIME = Duration.ofMinutes(10);
    /** Renewed this long before it ends, so a call never carries a token that expires on the way. */
    static final Duration SKEW = Duration.ofSeconds(60);

    @Inject
    NotificationsConfig config;

    @Inject
    Instance<OidcClient> provider;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    /** The audience the services accept (the first, when several are configured). */
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    List<String> audiences;

    @ConfigProperty(name = "quarkus.oidc-client.auth-server-url")
    Optional<String> providerUrl;

    @ConfigProperty(name = "quarkus.oidc-client.credentials.secret")
    Optional<String> clientSecret;

    private volatile String token;
    private volatile Instant renewAt = Instant.MIN;

    /**
     * With the provider as the token's source, its address and the client's secret must be set: without them the
     * service would start, and fail only at its first mail or webhook that needs an address. So it does not start.
     */
    void requireProvider(@Observes StartupEvent start) {
        if (config.serviceToken().source() == NotificationsConfig.ServiceToken.Source.OIDC_CLIENT) {
            List<String> missing = missingProviderSettings(providerUrl, clientSecret);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("notifications.service-token.source is oidc-client, but "
                        + "no " + String.join(" and no ", missing)
                        + " is set (deploy/k8s/README.md, notifications-service's own token)");
            }
        }
    }

    static List<String> missingProviderSettings(Optional<String> url, Optional<String> secret) {
        List<String> missing = new ArrayList<>();
        if (url.filter(u -> !u.isBlank()).isEmpty()) {
            missing.add("provider address (ALLIANCE_OIDC_URL, quarkus.oidc-client.auth-server-url)");
        }
        if (secret.filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("client secret (ALLIANCE_NOTIFIER_CLIENT_SECRET, quarkus.oidc-client.credentials.secret)");
        }
        return missing;
    }

    /** A valid token for the owning services. */
    public String get() {
        if (token == null || Instant.now().isAfter(renewAt)) {
            synchronized (this) {
                if (token == null || Instant.now().isAfter(renewAt)) {
                    if (config.serviceToken().source() == NotificationsConfig.ServiceToken.Source.OIDC_CLIENT) {
                        fromProvider();
                    } else {
                        mint();
                    }
                }
            }
        }
        return token;
    }

    private void mint() {
        String location = config.serviceToken().keyLocation();
        String path = location.startsWith("file:")
                ? Path.of(java.net.URI.create(location)).toString()
                : location;
        TokenMinter minter = new TokenMinter(KeyFiles.readPrivate(Path.of(path)), issuer, audiences.get(0));
        token = minter.token(SUBJECT, Roles.NOTIFIER).ttl(LIFETIME).sign();
        renewAt = Instant.now().plus(LIFETIME).minus(SKEW);
    }

    /** Blocking: called where the directories are called, on a worker thread, never on an event loop. */
    private void fromProvider() {
        Tokens tokens = provider.get().getTokens().await().atMost(Duration.ofSeconds(30));
        token = tokens.getAccessToken();
        Long expiresAt = tokens.getAccessTokenExpiresAt();
        // a provider that does not say when it ends (no expires_in): asked again as often as a minted one
        renewAt = expiresAt == null
                ? Instant.now().plus(LIFETIME).minus(SKEW)
                : Instant.ofEpochSecond(expiresAt).minus(SKEW);
    }
}
