package io.alliancehub.members.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.alliancehub.kit.inbox.InboundEvent;
import io.alliancehub.kit.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxTest {

    @Inject
    Inbox inbox;

    private Set<String> claim(String consumer, String... ids) {
        List<InboundEvent> events = Arrays.stream(ids)
                .map(id -> new InboundEvent(id, "t", "s", null, null, null))
                .toList();
        return QuarkusTransaction.requiringNew().call(() -> inbox.claimAll(consumer, events));
    }

    @Test
    void anEventIsClaimedOncePerConsumerAndARolledBackClaimCanBeRetried() {
        String id = UUID.randomUUID().toString();
        assertThat(claim("replica-a", id)).containsExactly(id);
        assertThat(claim("replica-a", id)).isEmpty();
        assertThat(claim("replica-b", id)).containsExactly(id);

        String failing = UUID.randomUUID().toString();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                inbox.claimAll("replica-a", List.of(new InboundEvent(failing, "t", "s", null, null, null)));
                throw new IllegalStateException("handler failed");
            });
        } catch (IllegalStateException expected) {
            // the handler's failure rolls the claim back with its writes
        }
        assertThat(claim("replica-a", failing)).containsExactly(failing);
    }

    @Test
    void aPollsClaimLeavesOutWhatWasAppliedBeforeAndTakesATwiceDeliveredEventOnce() {
        String old = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        String twice = UUID.randomUUID().toString();
        claim("replica-a", old);
        assertThat(claim("replica-a", old, fresh, twice, twice)).containsExactlyInAnyOrder(fresh, twice);
    }
}
