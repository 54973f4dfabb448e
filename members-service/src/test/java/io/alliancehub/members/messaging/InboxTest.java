package io.alliancehub.members.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.alliancehub.kit.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxTest {

    @Inject
    Inbox inbox;

    @Test
    void anEventIsClaimedOncePerConsumerAndARolledBackClaimCanBeRetried() {
        String id = UUID.randomUUID().toString();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.claim("replica-a", id, "t")))
                .isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.claim("replica-a", id, "t")))
                .isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.claim("replica-b", id, "t")))
                .isTrue();

        String failing = UUID.randomUUID().toString();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                inbox.claim("replica-a", failing, "t");
                throw new IllegalStateException("handler failed");
            });
        } catch (IllegalStateException expected) {
            // the handler's failure rolls the claim back with its writes
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.claim("replica-a", failing, "t")))
                .isTrue();
    }
}
