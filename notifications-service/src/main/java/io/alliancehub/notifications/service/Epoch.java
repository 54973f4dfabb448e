package io.alliancehub.notifications.service;

import io.alliancehub.kit.inbox.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;

/**
 * When this service's database was made ({@code notifications_epoch}). Its consumers start at the topics'
 * earliest offsets, so that their replicas (event summaries, agreement access) hold every aggregate; the events
 * that happened before the epoch are that history, and nobody is notified of them: a first start does not e-mail
 * every attendee of every past event.
 */
@ApplicationScoped
public class Epoch {

    @Inject
    EntityManager em;

    private volatile OffsetDateTime since;

    /** True for an event that happened before this service existed. */
    public boolean isHistory(InboundEvent event) {
        return event.time() != null && event.time().isBefore(since());
    }

    private OffsetDateTime since() {
        if (since == null) {
            since = (OffsetDateTime)
                    em.createNativeQuery("select min(since) from notifications_epoch", OffsetDateTime.class)
                            .getSingleResult();
        }
        return since;
    }
}
