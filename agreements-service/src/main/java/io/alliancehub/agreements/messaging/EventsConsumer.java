package io.alliancehub.agreements.messaging;

import io.alliancehub.agreements.service.EventReplica;
import io.alliancehub.kit.inbox.InboxHandler;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds the event replica from alliance.events.v1 (channel {@code events}), once per event, a poll at a time. */
@ApplicationScoped
public class EventsConsumer {

    public static final String CONSUMER = "agreements-service.event-replica";

    @Inject
    InboxHandler inbox;

    @Inject
    EventReplica replica;

    @Incoming("events")
    @Blocking
    public CompletionStage<Void> onEventsEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(CONSUMER, batch, replica::apply);
    }
}
