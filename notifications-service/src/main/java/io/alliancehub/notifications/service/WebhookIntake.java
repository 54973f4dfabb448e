package io.alliancehub.notifications.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alliancehub.contracts.events.EventCatalog;
import io.alliancehub.contracts.events.EventDescriptor;
import io.alliancehub.kit.inbox.InboundEvent;
import io.alliancehub.notifications.domain.EventTypePatterns;
import io.alliancehub.notifications.domain.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Turns an incoming event into one delivery per subscription that asked for its type and may receive it. Runs
 * in the inbox's transaction, so the deliveries exist exactly when the event counts as applied: a crash before
 * the commit redelivers the event, and a redelivered event adds nothing (one delivery per subscription and event).
 */
@ApplicationScoped
public class WebhookIntake {

    static final String INSERT = "insert into webhook_delivery"
            + " (id, subscription_id, event_id, event_type, aggregate_key, body, status, attempts, next_attempt_at,"
            + " created_at) values (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', 0, ?7, ?7)"
            + " on conflict (subscription_id, event_id) do nothing";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    PartnerAudience audience;

    @Inject
    WebhookDispatcher dispatcher;

    /**
     * Every subscription, read once for a transaction's events (a poll's) and matched against each of them in memory:
     * the intake read the whole table for every event before. Reading it once per poll changes no outcome: a
     * subscription made after this read is younger than every event of the poll, which it would not receive.
     */
    public List<WebhookSubscription> subscriptions() {
        return WebhookSubscription.listAll();
    }

    /** Adds the deliveries of {@code event} to those of {@code subscriptions} that asked for it; returns how many. */
    public int accept(InboundEvent event, List<WebhookSubscription> subscriptions) {
        EventDescriptor descriptor = EventCatalog.require(event.type());
        JsonNode data = json.valueToTree(event.payload());
        String key = data.path(descriptor.keyProperty()).asText(null);
        UUID aggregateId = key == null ? null : UUID.fromString(key);
        List<WebhookSubscription> subscribers = subscriptions.stream()
                .filter(s -> EventTypePatterns.anyMatches(Arrays.asList(s.eventTypes), event.type()))
                // a subscription receives what happens after it was made, not the history a consumer replays
                .filter(s -> event.time() == null || !event.time().isBefore(s.createdAt))
                .toList();
        if (subscribers.isEmpty() || !audience.mayReceive(descriptor.topic(), event, aggregateId)) {
            return 0;
        }
        String body = structured(event, data);
        OffsetDateTime now = SubscriptionService.now();
        int added = 0;
        for (WebhookSubscription s : subscribers) {
            added += em.createNativeQuery(INSERT)
                    .setParameter(1, io.alliancehub.kit.id.Uuid7.next())
                    .setParameter(2, s.id)
                    .setParameter(3, event.id())
                    .setParameter(4, event.type())
                    .setParameter(5, key == null ? event.id() : key)
                    .setParameter(6, body)
                    .setParameter(7, now)
                    .executeUpdate();
        }
        if (added > 0) {
            dispatcher.wakeAfterCommit();
        }
        return added;
    }

    /** The CloudEvent in structured JSON mode (CloudEvents JSON format 1.0), the webhook's body. */
    String structured(InboundEvent event, JsonNode data) {
        ObjectNode ce = json.createObjectNode();
        ce.put("specversion", "1.0");
        ce.put("id", event.id());
        ce.put("source", event.source());
        ce.put("type", event.type());
        if (event.subject() != null) {
            ce.put("subject", event.subject());
        }
        if (event.time() != null) {
            ce.put("time", event.time().toString());
        }
        ce.put("datacontenttype", "application/json");
        ce.set("data", data);
        try {
            return json.writeValueAsString(ce);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a contract payload always serialises", e);
        }
    }
}
