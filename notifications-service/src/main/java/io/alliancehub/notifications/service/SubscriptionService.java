package io.alliancehub.notifications.service;

import io.alliancehub.contracts.events.EventCatalog;
import io.alliancehub.contracts.events.EventDescriptor;
import io.alliancehub.contracts.events.Topics;
import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.problem.FieldError;
import io.alliancehub.kit.security.Caller;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Filter;
import io.alliancehub.kit.web.Lookup;
import io.alliancehub.kit.web.Page;
import io.alliancehub.kit.web.PageRequest;
import io.alliancehub.notifications.config.NotificationsConfig;
import io.alliancehub.notifications.domain.DeliveryStatus;
import io.alliancehub.notifications.domain.EventTypePatterns;
import io.alliancehub.notifications.domain.SubscriptionAction;
import io.alliancehub.notifications.domain.SubscriptionStatus;
import io.alliancehub.notifications.domain.WebhookDelivery;
import io.alliancehub.notifications.domain.WebhookSignature;
import io.alliancehub.notifications.domain.WebhookSubscription;
import io.alliancehub.notifications.service.model.DeliveryView;
import io.alliancehub.notifications.service.model.RotationRequest;
import io.alliancehub.notifications.service.model.SubscriptionCreated;
import io.alliancehub.notifications.service.model.SubscriptionRequest;
import io.alliancehub.notifications.service.model.SubscriptionView;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Webhook subscriptions: a partner system manages its own, an admin any (and creates them for a partner). The
 * secret is answered once, when it is made.
 */
@ApplicationScoped
public class SubscriptionService {

    public static final Map<String, String> SORTABLE =
            Map.of("createdAt", "createdAt", "updatedAt", "updatedAt", "url", "url", "status", "status");
    public static final Map<String, String> DELIVERY_SORTABLE =
            Map.of("createdAt", "seq", "nextAttemptAt", "nextAttemptAt", "status", "status");

    /**
     * What a subscription may ask for: the types of the topics this service consumes (its own topic,
     * {@link Topics#NOTIFICATIONS}, is for operators: a partner is told of its own disabled subscription by e-mail).
     */
    private static final List<String> KNOWN_TYPES = EventCatalog.all().stream()
            .filter(d -> !d.topic().equals(Topics.NOTIFICATIONS))
            .map(EventDescriptor::type)
            .toList();

    @Inject
    Caller caller;

    @Inject
    WebhookTargets targets;

    @Inject
    NotificationsConfig config;

    @Transactional
    public SubscriptionCreated create(SubscriptionRequest request) {
        String owner = owner(request.owner());
        List<String> types = eventTypes(request.eventTypes());
        targets.check(request.url());
        WebhookSubscription s = new WebhookSubscription();
        s.owner = owner;
        s.url = request.url();
        s.eventTypes = types.toArray(String[]::new);
        s.description = request.description();
        s.noticeEmail = request.noticeEmail();
        s.noticeLanguage = request.noticeEmail() == null
                ? null
                : request.noticeLanguage() == null ? "zh" : request.noticeLanguage();
        s.secret = WebhookSignature.newSecret();
        s.createdAt = now();
        s.updatedAt = s.createdAt;
        s.persist();
        s.flush();
        return new SubscriptionCreated(view(s), s.secret);
    }

    public Page<SubscriptionView> list(String owner, SubscriptionStatus status, PageRequest page) {
        Filter filter = new Filter().and("status = :status", "status", status);
        if (caller.isAdmin()) {
            filter.and("owner = :owner", "owner", owner);
        } else {
            filter.and("owner = :owner", "owner", ownSubject());
        }
        PanacheQuery<WebhookSubscription> found =
                WebhookSubscription.find(filter.query(), page.sort(), filter.params());
        return Page.of(
                found.page(page.page(), page.size()).list().stream()
                        .map(SubscriptionService::view)
                        .toList(),
                page,
                found.count());
    }

    public SubscriptionView get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    public SubscriptionView transition(UUID id, String ifMatch, SubscriptionAction action) {
        WebhookSubscription s = visible(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, s.version);
        }
        SubscriptionStatus next = action.from(s.status);
        if (next == null) {
            throw ApiException.illegalTransition(action.name(), s.status, SubscriptionAction.allowedFrom(s.status));
        }
        s.status = next;
        if (next == SubscriptionStatus.ACTIVE) {
            s.disabledReason = null;
            s.failingSince = null;
            // what waited while it was paused or disabled is due now, in its order
            WebhookDelivery.update(
                    "nextAttemptAt = ?1 where subscriptionId = ?2 and status = ?3 and nextAttemptAt > ?1",
                    now(),
                    s.id,
                    DeliveryStatus.PENDING);
        }
        s.updatedAt = now();
        s.flush();
        return view(s);
    }

    @Transactional
    public SubscriptionCreated rotate(UUID id, String ifMatch, RotationRequest request) {
        WebhookSubscription s = visible(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, s.version);
        }
        Duration overlap = Duration.ofHours(request.overlapHours());
        s.previousSecret = overlap.isZero() ? null : s.secret;
        s.previousSecretUntil = overlap.isZero() ? null : now().plus(overlap);
        s.secret = WebhookSignature.newSecret();
        s.updatedAt = now();
        s.flush();
        return new SubscriptionCreated(view(s), s.secret);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        WebhookSubscription s = visible(id);
        ETags.requireMatch(ifMatch, s.version);
        s.delete();
    }

    public Page<DeliveryView> deliveries(UUID id, DeliveryStatus status, PageRequest page) {
        WebhookSubscription s = visible(id);
        Filter filter = new Filter()
                .and("subscriptionId = :subscription", "subscription", s.id)
                .and("status = :status", "status", status);
        PanacheQuery<WebhookDelivery> found = WebhookDelivery.find(filter.query(), page.sort(), filter.params());
        return Page.of(
                found.page(page.page(), page.size()).list().stream()
                        .map(SubscriptionService::view)
                        .toList(),
                page,
                found.count());
    }

    public DeliveryView delivery(UUID id, UUID deliveryId) {
        return view(delivery(visible(id), deliveryId));
    }

    /** Sends a delivery again, now: a DELIVERED one once more (with its webhook-id, so a receiver may drop it). */
    @Transactional
    public DeliveryView redeliver(UUID id, UUID deliveryId) {
        WebhookSubscription s = visible(id);
        WebhookDelivery d = delivery(s, deliveryId);
        if (s.status != SubscriptionStatus.ACTIVE) {
            throw ApiException.conflict(
                    "subscription-not-active",
                    "Subscription not active",
                    "the subscription is " + s.status + ": RESUME it first (its deliveries are sent then, in order)");
        }
        d.status = DeliveryStatus.PENDING;
        d.nextAttemptAt = now();
        d.deliveredAt = null;
        d.lastError = null;
        d.flush();
        return view(d);
    }

    private static WebhookDelivery delivery(WebhookSubscription s, UUID deliveryId) {
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        return Lookup.visible(d, found -> found.subscriptionId.equals(s.id), "delivery", deliveryId);
    }

    private WebhookSubscription visible(UUID id) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        return Lookup.visible(s, found -> caller.isAdmin() || found.owner.equals(ownSubject()), "webhook", id);
    }

    private String ownSubject() {
        return caller.subject().orElseThrow(() -> ApiException.forbidden("a webhook belongs to a partner system"));
    }

    /** The owner of a new subscription: a partner is always its own; an admin names the partner. */
    private String owner(String requested) {
        if (caller.isAdmin()) {
            if (requested == null || requested.isBlank()) {
                throw ApiException.invalidField(
                        "owner", "an admin creates a subscription for a partner system: name its token subject");
            }
            return requested;
        }
        String own = ownSubject();
        if (requested != null && !requested.equals(own)) {
            throw ApiException.forbidden("a partner system creates subscriptions for itself only");
        }
        return own;
    }

    private static List<String> eventTypes(List<String> requested) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String pattern = requested.get(i);
            int index = i;
            EventTypePatterns.problem(pattern, KNOWN_TYPES)
                    .ifPresent(p -> errors.add(new FieldError("eventTypes[" + index + "]", p)));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return List.copyOf(new LinkedHashSet<>(requested));
    }

    static SubscriptionView view(WebhookSubscription s) {
        OffsetDateTime overlap =
                s.previousSecretUntil != null && s.previousSecretUntil.isAfter(now()) ? s.previousSecretUntil : null;
        return new SubscriptionView(
                s.id,
                s.version,
                s.owner,
                s.url,
                Arrays.asList(s.eventTypes),
                s.description,
                s.noticeEmail,
                s.noticeLanguage,
                s.status,
                SubscriptionAction.allowedFrom(s.status),
                s.disabledReason,
                s.failingSince,
                overlap,
                s.createdAt,
                s.updatedAt);
    }

    static DeliveryView view(WebhookDelivery d) {
        return new DeliveryView(
                d.id,
                d.subscriptionId,
                d.eventId,
                d.eventType,
                d.aggregateKey,
                d.status,
                d.attempts,
                d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null,
                d.lastAttemptAt,
                d.lastResponseCode,
                d.lastError,
                d.deliveredAt,
                d.createdAt);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
