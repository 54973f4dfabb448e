package io.alliancehub.notifications.messaging;

import io.alliancehub.kit.inbox.InboundEvent;
import io.alliancehub.kit.inbox.InboxHandler;
import io.alliancehub.notifications.domain.WebhookSubscription;
import io.alliancehub.notifications.service.MailIntake;
import io.alliancehub.notifications.service.PartnerAudience;
import io.alliancehub.notifications.service.WebhookIntake;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the three topics of the suite (channels {@code members}, {@code events}, {@code agreements}) through the
 * inbox: each event once, a poll at a time, its webhook deliveries and e-mails written in the same transaction as
 * its inbox row.
 */
@ApplicationScoped
public class SuiteEventsConsumer {

    /** The inbox name of this consumer. */
    public static final String CONSUMER = "notifications-service";

    @Inject
    InboxHandler inbox;

    @Inject
    WebhookIntake webhooks;

    @Inject
    MailIntake mail;

    @Inject
    PartnerAudience audience;

    /**
     * What a transaction's events (a poll's) cause: deliveries to the webhooks that asked for each, and e-mails to the
     * people it concerns. The subscriptions are read, and the membership terms written, once for all of them.
     */
    Consumer<InboundEvent> applier(List<InboundEvent> events) {
        // the membership terms the events carry, one statement for all of them
        mail.keepTerms(events);
        List<WebhookSubscription> subscriptions = webhooks.subscriptions();
        return event -> {
            // first what the event says of who may read an agreement: both intakes decide by it
            audience.observe(event);
            webhooks.accept(event, subscriptions);
            mail.accept(event);
        };
    }

    @Incoming("members")
    @Blocking
    public CompletionStage<Void> onMembersEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(CONSUMER, batch, this::applier);
    }

    @Incoming("events")
    @Blocking
    public CompletionStage<Void> onEventsEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(CONSUMER, batch, this::applier);
    }

    @Incoming("agreements")
    @Blocking
    public CompletionStage<Void> onAgreementsEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(CONSUMER, batch, this::applier);
    }
}
