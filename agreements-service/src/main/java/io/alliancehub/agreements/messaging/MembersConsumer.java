package io.alliancehub.agreements.messaging;

import io.alliancehub.agreements.service.PartyStandingService;
import io.alliancehub.kit.inbox.InboxHandler;
import io.alliancehub.kit.replica.OrganizationReplica;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the organisation replica from alliance.members.v1 (channel {@code members}), once per
 * event (a poll at a time), and in the same transaction flags the live agreements of an organisation whose
 * membership ended (or was restored).
 */
@ApplicationScoped
public class MembersConsumer {

    public static final String CONSUMER = "agreements-service.organization-replica";

    @Inject
    InboxHandler inbox;

    @Inject
    OrganizationReplica replica;

    @Inject
    PartyStandingService standing;

    @Incoming("members")
    @Blocking
    public CompletionStage<Void> onMembersEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(CONSUMER, batch, events -> {
            // the replica rows of a poll's organisations are read with one statement, then its events applied in order
            OrganizationReplica.Rows rows = replica.rowsOf(events);
            return event -> rows.apply(event).ifPresent(standing::membershipChanged);
        });
    }
}
