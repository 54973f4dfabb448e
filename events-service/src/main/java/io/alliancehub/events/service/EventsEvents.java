package io.alliancehub.events.service;

import io.alliancehub.contracts.events.EventCatalog;
import io.alliancehub.contracts.events.EventDescriptor;
import io.alliancehub.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Writes events-service's events to the outbox in the caller's transaction. The record key is
 * always the event id, so an event's own changes and its registrations stay in order; type and
 * topic come from the contract catalog. Registration events carry no attendee name or e-mail.
 */
@ApplicationScoped
class EventsEvents {

    @Inject
    Outbox outbox;

    /** An event's own change: key and subject are the event id. */
    void publish(UUID eventId, Object payload) {
        publish(eventId, eventId, payload);
    }

    /** A change of something within an event (a registration): keyed by the event, about {@code subject}. */
    void publish(UUID eventId, UUID subject, Object payload) {
        EventDescriptor d = EventCatalog.forPayload(payload);
        outbox.publish(d.topic(), d.type(), eventId, subject, payload);
    }
}
