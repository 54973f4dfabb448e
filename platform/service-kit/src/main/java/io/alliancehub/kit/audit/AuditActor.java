package io.alliancehub.kit.audit;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.hibernate.envers.AuditReaderFactory;

/**
 * Names the actor (and reason) of changes made outside an HTTP request, e.g. by a scheduled job,
 * or overrides the reason recorded with an HTTP change.
 */
public final class AuditActor {

    private static final ThreadLocal<String[]> CURRENT = new ThreadLocal<>();

    private AuditActor() {}

    public static <T> T as(String actor, String reason, Supplier<T> work) {
        String[] previous = CURRENT.get();
        CURRENT.set(new String[] {actor, reason});
        try {
            stampCurrentRevision(actor, reason);
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /**
     * Envers creates the transaction's revision lazily, often only at commit, after this method has
     * returned: so inside a transaction the revision is created (or found) now and stamped.
     */
    private static void stampCurrentRevision(String actor, String reason) {
        if (!QuarkusTransaction.isActive()) {
            return;
        }
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        AuditRevision revision = AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, true);
        revision.actor = actor;
        if (reason != null) {
            revision.reason = reason;
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
