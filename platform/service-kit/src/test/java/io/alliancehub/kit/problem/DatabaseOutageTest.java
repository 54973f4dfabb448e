package io.alliancehub.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is not reachable right now" (503, unlimited consumer retry). */
class DatabaseOutageTest {

    @Test
    void aConnectionKilledDuringCommitIsAnOutage() {
        // what Narayana throws when PostgreSQL is restarted while a transaction commits: the
        // driver's error travels only as a suppressed XAException (seen in the postgres fault run)
        XAException commit = new XAException("Error trying to transactionCommit local transaction: "
                + "FATAL: terminating connection due to administrator command");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commit);

        assertThat(DatabaseOutage.is(new RuntimeException("Error invoking subclass method", rollback)))
                .isTrue();
    }

    @Test
    void connectionAndResourceStatesAreOutages() {
        assertThat(DatabaseOutage.is(new RuntimeException(new SQLException("refused", "08001"))))
                .isTrue();
        assertThat(DatabaseOutage.is(new SQLException("too many connections", "53300")))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutage.is(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.is(new RollbackException("marked for rollback")))
                .isFalse();
        assertThat(DatabaseOutage.is(new IllegalStateException("no such organisation")))
                .isFalse();
    }
}
