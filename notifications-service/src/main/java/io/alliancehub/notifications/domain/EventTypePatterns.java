package io.alliancehub.notifications.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The CloudEvents types a subscription asks for: exact types ({@code io.alliancehub.events.registration.confirmed.v1})
 * or a prefix ending in {@code .*} ({@code io.alliancehub.events.registration.*}), each of which must match at
 * least one type the suite publishes.
 */
public final class EventTypePatterns {

    public static final String WILDCARD = ".*";
    public static final int MAX_PATTERNS = 50;
    public static final int MAX_LENGTH = 200;

    private EventTypePatterns() {}

    /** True when {@code type} is matched by {@code pattern}. */
    public static boolean matches(String pattern, String type) {
        if (pattern.endsWith(WILDCARD)) {
            return type.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(type);
    }

    /** True when any of {@code patterns} matches {@code type}. */
    public static boolean anyMatches(Collection<String> patterns, String type) {
        return patterns.stream().anyMatch(p -> matches(p, type));
    }

    /** Why {@code pattern} is not acceptable against the types the suite publishes, or empty when it is. */
    public static Optional<String> problem(String pattern, List<String> knownTypes) {
        if (pattern == null || pattern.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (pattern.length() > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " characters");
        }
        String stem = pattern.endsWith(WILDCARD) ? pattern.substring(0, pattern.length() - 2) : pattern;
        if (stem.contains("*")) {
            return Optional.of("a wildcard may only end a pattern, after a dot (io.alliancehub.events.registration.*)");
        }
        if (knownTypes.stream().noneMatch(t -> matches(pattern, t))) {
            return Optional.of("matches none of the event types the suite publishes (see the AsyncAPI document)");
        }
        return Optional.empty();
    }
}
