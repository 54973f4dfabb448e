package io.alliancehub.kit.inbox;

import static io.alliancehub.kit.inbox.InboxHandler.AfterFailure.DEAD_LETTER;
import static io.alliancehub.kit.inbox.InboxHandler.AfterFailure.REDELIVER_AFTER_RESTART;
import static io.alliancehub.kit.inbox.InboxHandler.AfterFailure.RETRY;
import static io.alliancehub.kit.inbox.InboxHandler.afterFailure;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What a consumer does with a message whose handler failed: the decision, without a broker. */
class InboxHandlerFailureTest {

    private static final RuntimeException HANDLER_BUG = new IllegalArgumentException("no such organisation");
    private static final RuntimeException DATABASE_DOWN =
            new RuntimeException(new SQLException("connection refused", "08001"));
    private static final RuntimeException CLOSED_BY_SHUTDOWN =
            new IllegalStateException("EntityManagerFactory is closed");

    @Test
    void aHandlerFailureIsRetriedThenDeadLettered() {
        for (int attempt = 1; attempt < InboxHandler.MAX_ATTEMPTS; attempt++) {
            assertThat(afterFailure(HANDLER_BUG, attempt, false))
                    .as("attempt %d", attempt)
                    .isEqualTo(RETRY);
        }
        assertThat(afterFailure(HANDLER_BUG, InboxHandler.MAX_ATTEMPTS, false)).isEqualTo(DEAD_LETTER);
    }

    @Test
    void aDatabaseOutageIsRetriedWithoutLimit() {
        assertThat(afterFailure(DATABASE_DOWN, 1_000, false)).isEqualTo(RETRY);
    }

    @Test
    void duringShutdownNothingIsDeadLetteredAndNothingAcknowledged() {
        // the failures a stopping service sees (its EntityManagerFactory or pool closing) must not
        // use up the message's attempts: it stays unacknowledged and comes back after the restart
        assertThat(afterFailure(CLOSED_BY_SHUTDOWN, InboxHandler.MAX_ATTEMPTS, true))
                .isEqualTo(REDELIVER_AFTER_RESTART);
        assertThat(afterFailure(HANDLER_BUG, 1, true)).isEqualTo(REDELIVER_AFTER_RESTART);
        assertThat(afterFailure(DATABASE_DOWN, 1, true)).isEqualTo(REDELIVER_AFTER_RESTART);
        assertThat(afterFailure(CLOSED_BY_SHUTDOWN, InboxHandler.MAX_ATTEMPTS, false))
                .isEqualTo(DEAD_LETTER);
    }
}
