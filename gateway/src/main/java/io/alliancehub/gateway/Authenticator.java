package io.alliancehub.gateway;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies bearer tokens before anything is proxied: signature (the configured key or JWKS),
 * issuer and expiry, with the same settings as the services ({@code mp.jwt.verify.*}).
 */
@ApplicationScoped
public class Authenticator {

    /** Roles in the order that decides a client's rate limit when a token carries several. */
    static final String[] ROLES = {"admin", "partner", "member", "checkin"};

    @Inject
    JWTParser parser;

    public record Client(String key, String role) {}

    /** The caller, or empty for a missing header; throws {@link ParseException} for a token that does not verify. */
    public Optional<Client> authenticate(String authorization) throws ParseException {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ParseException("the Authorization header must be 'Bearer <token>'");
        }
        JsonWebToken jwt = parser.parse(authorization.substring(7).trim());
        Set<String> groups = jwt.getGroups();
        String role = "anonymous";
        for (String r : ROLES) {
            if (groups != null && groups.contains(r)) {
                role = r;
                break;
            }
        }
        return Optional.of(new Client("sub:" + jwt.getSubject(), role));
    }
}
