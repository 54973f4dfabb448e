package io.alliancehub.events.messaging;

import io.alliancehub.kit.inbox.InboxHandler;
import io.alliancehub.kit.replica.OrganizationReplica;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Feeds the organisation replica from alliance.members.v1 (channel {@code members}), once per event. */
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
    public CompletionStage<Void> onMembersEvent(Message<String> message) {
        return inbox.process(CONSUMER, message, replica::apply);
    }
}
