package io.alliancehub.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A gate device's token (role {@code checkin} and no other) reaches the check-in operations of an
 * event and nothing else, not even what anonymous callers read: 403 everywhere else. Wired to
 * {@code /api/*} in the shared configuration.
 */
@ApplicationScoped
public class GateDevicePolicy implements HttpSecurityPolicy {

    /** {@code /api/v1/events/{eventId}/check-ins} and what lies below it. */
    static final Pattern CHECK_IN_PATHS = Pattern.compile("/api/v1/events/[^/]+/check-ins(/.*)?");

    static final Set<String> OTHER_ROLES = Set.of(Roles.ADMIN, Roles.MEMBER, Roles.PARTNER);

    @Override
    public Uni<CheckResult> checkPermission(
            RoutingContext request, Uni<SecurityIdentity> identity, AuthorizationRequestContext context) {
        return identity.map(id -> {
            boolean gateOnly = id != null
                    && !id.isAnonymous()
                    && id.hasRole(Roles.CHECKIN)
                    && OTHER_ROLES.stream().noneMatch(id::hasRole);
            return gateOnly && !CHECK_IN_PATHS.matcher(request.normalizedPath()).matches()
                    ? CheckResult.DENY
                    : CheckResult.PERMIT;
        });
    }

    @Override
    public String name() {
        return "gate-device";
    }
}
