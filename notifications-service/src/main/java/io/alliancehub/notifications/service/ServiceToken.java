package io.alliancehub.notifications.service;

import io.alliancehub.kit.security.Roles;
import io.alliancehub.tokens.KeyFiles;
import io.alliancehub.tokens.TokenMinter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The token notifications-service shows the owning services when it reads recipients' addresses: subject
 * {@code notifications-service}, role {@code notifier} only, ten minutes long, renewed a minute before it ends.
 * Signed with a key the services trust, by the suite's one minter (platform/tokens). With an OIDC provider the
 * same would be a client-credentials token of a client that holds only that role; that variant is not built yet.
 */
@ApplicationScoped
public class ServiceToken {

    static final String SUBJECT = "notifications-service";
    static final Duration LIFETIME = Duration.ofMinutes(10);

    @jakarta.inject.Inject
    io.alliancehub.notifications.config.NotificationsConfig config;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    /** The audience the services accept (the first, when several are configured). */
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    java.util.List<String> audiences;

    private volatile String token;
    private volatile Instant renewAt = Instant.MIN;

    /** A valid token for the owning services. */
    public String get() {
        if (token == null || Instant.now().isAfter(renewAt)) {
            synchronized (this) {
                if (token == null || Instant.now().isAfter(renewAt)) {
                    String location = config.serviceToken().keyLocation();
                    String path = location.startsWith("file:")
                            ? Path.of(java.net.URI.create(location)).toString()
                            : location;
                    TokenMinter minter = new TokenMinter(KeyFiles.readPrivate(Path.of(path)), issuer, audiences.get(0));
                    token = minter.token(SUBJECT, Roles.NOTIFIER).ttl(LIFETIME).sign();
                    renewAt = Instant.now().plus(LIFETIME).minusSeconds(60);
                }
            }
        }
        return token;
    }
}
