package io.alliancehub.events.messaging;

import io.alliancehub.kit.inbox.InboxHandler;
import io.alliancehub.kit.replica.OrganizationReplica;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds the organisation replica from alliance.members.v1 (channel {@code members}), once per event, a poll at a time. */
@ApplicationScoped
public class MembersConsumer {

    /** The inbox name of this consumer. */
    public static final String CONSUMER = "events-service.organization-replica";

    @Inject
    InboxHandler inbox;

    @Inject
    OrganizationReplica replica;

    @Incoming("members")
    @Blocking
    public CompletionStage<Void> onMembersEvent(KafkaRecordBatch<String, String> batch) {
        // the replica rows of a poll's organisations are read with one statement, then its events applied in order
        return inbox.processBatch(CONSUMER, batch, events -> replica.rowsOf(events)::apply);
    }
}
