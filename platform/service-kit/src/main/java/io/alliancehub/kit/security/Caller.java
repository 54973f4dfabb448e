package io.alliancehub.kit.security;

import io.alliancehub.kit.problem.ApiException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: role, organisation (the token's {@code org} claim) and the name recorded as the
 * actor of changes. Services ask it for object-level decisions; resources only declare roles.
 */
@RequestScoped
public class Caller {

    public static final String ORG_CLAIM = "org";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean isMember() {
        return identity.hasRole(Roles.MEMBER);
    }

    public boolean isPartner() {
        return identity.hasRole(Roles.PARTNER);
    }

    /** notifications-service, reading what a mail needs at send time (role notifier). */
    public boolean isNotifier() {
        return identity.hasRole(Roles.NOTIFIER);
    }

    /** A gate device scanning tickets (role checkin). */
    public boolean isGateDevice() {
        return identity.hasRole(Roles.CHECKIN);
    }

    /**
     * The organisation the caller acts for: the {@code org} claim of a member token. The claim gives a
     * member's rights only to member tokens: a partner system's token that carries one gets what
     * partners get, the same rule in every service.
     */
    public Optional<UUID> organizationId() {
        if (identity.isAnonymous() || jwt == null || jwt.getRawToken() == null || !isMember()) {
            return Optional.empty();
        }
        Object claim = jwt.getClaim(ORG_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True for admins and for callers whose token names this organisation. */
    public boolean actsFor(UUID organizationId) {
        return isAdmin()
                || organizationId != null
                        && organizationId.equals(organizationId().orElse(null));
    }

    /** Throws 403 unless {@link #actsFor(UUID)}. */
    public void requireActsFor(UUID organizationId) {
        if (!actsFor(organizationId)) {
            throw ApiException.forbidden(
                    "only the alliance secretariat or organisation " + organizationId + " itself may do this");
        }
    }

    /** The token's subject (a partner system's client id, a person's id); empty for anonymous callers. */
    public Optional<String> subject() {
        return identity.isAnonymous()
                ? Optional.empty()
                : Optional.of(identity.getPrincipal().getName());
    }

    /** The longest actor recorded: {@code role:subject}, cut there. */
    public static final int MAX_ACTOR_LENGTH = 200;

    /** The name recorded as who made a change: {@code role:subject}, or {@code anonymous}. */
    public String actor() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String role = isAdmin()
                ? Roles.ADMIN
                : isMember() ? Roles.MEMBER : isPartner() ? Roles.PARTNER : isGateDevice() ? Roles.CHECKIN : "user";
        String subject = identity.getPrincipal().getName();
        // a token's subject has no length limit; the recorded actor (history, transitions, events) has one
        String actor = role + ":" + subject;
        return actor.length() <= MAX_ACTOR_LENGTH ? actor : actor.substring(0, MAX_ACTOR_LENGTH);
    }
}
