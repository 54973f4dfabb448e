package io.alliancehub.kit.audit;

import java.util.function.Supplier;

/**
 * Names the actor (and reason) of changes made outside an HTTP request, e.g. by a scheduled job,
 * or overrides the reason recorded with an HTTP change.
 */
public final class AuditActor {

    private static final ThreadLocal<String[]> CURRENT = new ThreadLocal<>();

    private AuditActor() {
    }

    public static <T> T as(String actor, String reason, Supplier<T> work) {
        String[] previous = CURRENT.get();
        CURRENT.set(new String[] {actor, reason});
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    static String current() {
        String[] c = CURRENT.get();
        return c == null ? null : c[0];
    }

    static String reason() {
        String[] c = CURRENT.get();
        return c == null ? null : c[1];
    }
}
