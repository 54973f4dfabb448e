package io.alliancehub.kit.inbox;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Applies an incoming CloudEvent once: claims its id in the inbox and runs the handler in one
 * transaction. A handler that throws rolls back the claim, so the event is retried; the channel's
 * {@code failure-strategy=dead-letter-queue} moves a message that keeps failing to the dead-letter
 * topic with the error in its headers, and consumption goes on.
 */
@ApplicationScoped
public class InboxHandler {

    private static final Logger LOG = Logger.getLogger(InboxHandler.class);

    @Inject
    Inbox inbox;

    /** @return true when applied now, false when it was a redelivery of an applied event */
    @Transactional
    public <T> boolean applyOnce(String consumer, Message<T> message, Consumer<IncomingCloudEventMetadata<T>> handler) {
        @SuppressWarnings("unchecked")
        IncomingCloudEventMetadata<T> ce = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new IllegalArgumentException("not a CloudEvent: no ce_id/ce_type headers"));
        if (!inbox.claim(consumer, ce.getId(), ce.getType())) {
            LOG.debugf("%s: event %s already applied, skipped", consumer, ce.getId());
            return false;
        }
        handler.accept(ce);
        return true;
    }
}
