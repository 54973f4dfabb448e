package io.alliancehub.events.messaging;

import io.alliancehub.events.service.AgreementReplica;
import io.alliancehub.kit.inbox.InboxHandler;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds the replica of agreements signed at events from alliance.agreements.v1 (channel {@code agreements}), once per event, a poll at a time. */
@ApplicationScoped
public class AgreementsConsumer {

    /** The inbox name of this consumer. */
    public static final String CONSUMER = "events-service.agreement-replica";

    @Inject
    InboxHandler inbox;

    @Inject
    AgreementReplica replica;

    @Incoming("agreements")
    @Blocking
    public CompletionStage<Void> onAgreementsEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(CONSUMER, batch, replica::apply);
    }
}
