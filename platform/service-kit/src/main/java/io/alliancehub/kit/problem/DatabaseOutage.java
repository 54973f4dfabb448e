package io.alliancehub.kit.problem;

import java.sql.SQLException;

/**
 * Recognises failures that mean "the database cannot be reached or is saturated right now" (a
 * restart, a failover, a killed session, a pool with no free connection): temporary conditions
 * that callers should retry (a 503 with Retry-After, or a consumer's unlimited retry), never a
 * 500 or a dead-lettered message.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    public static boolean is(Throwable e) {
        return is(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /**
     * Walks causes and suppressed exceptions: when the connection dies during commit, Narayana
     * throws a {@code RollbackException} that carries the driver's error only as a suppressed
     * {@code XAException} (whose cause is the SQLException).
     */
    private static boolean is(Throwable t, java.util.Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // 08: connection exception; 57P: operator intervention (shutdown, terminated); 53: insufficient resources
            if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")) {
                return true;
            }
        }
        String message = t.getMessage();
        if (t.getClass().getName().endsWith("JDBCConnectionException")
                || message != null
                        && (message.contains("Unable to acquire JDBC Connection")
                                || message.contains("acquisition timeout")
                                || message.contains("This connection has been closed"))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (is(suppressed, seen)) {
                return true;
            }
        }
        return is(t.getCause(), seen);
    }
}
