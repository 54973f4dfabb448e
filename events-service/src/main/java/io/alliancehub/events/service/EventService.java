package io.alliancehub.events.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.EventVisibility;
import io.alliancehub.contracts.codes.RegistrationStatus;
import io.alliancehub.events.config.EventsConfig;
import io.alliancehub.events.domain.Event;
import io.alliancehub.events.domain.EventAction;
import io.alliancehub.events.domain.EventStateMachine;
import io.alliancehub.events.service.model.EventRequest;
import io.alliancehub.events.service.model.EventView;
import io.alliancehub.events.service.model.SignedAgreementView;
import io.alliancehub.events.service.model.TransitionRequest;
import io.alliancehub.kit.audit.AuditActor;
import io.alliancehub.kit.history.EnversHistory;
import io.alliancehub.kit.history.HistoryEntry;
import io.alliancehub.kit.outbox.Outbox;
import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.problem.FieldError;
import io.alliancehub.kit.replica.OrganizationReplica;
import io.alliancehub.kit.security.Caller;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Filter;
import io.alliancehub.kit.web.Lookup;
import io.alliancehub.kit.web.Page;
import io.alliancehub.kit.web.PageRequest;
import io.alliancehub.kit.web.PatchBinder;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Event use cases. Who sees what: admins and partners see every event; others see published
 * events (not DRAFT), members-only ones only with a member token. Only admins create, change and
 * move events. Events reach Kafka from PUBLISH on: a draft is the secretariat's private work.
 */
@ApplicationScoped
public class EventService {

    public static final Map<String, String> SORTABLE = Map.of(
            "startsAt",
            "startsAt",
            "title",
            "titleZh",
            "titleEn",
            "titleEn",
            "createdAt",
            "createdAt",
            "updatedAt",
            "updatedAt",
            "status",
            "status",
            "type",
            "type",
            "city",
            "venueCity");
    public static final String DEFAULT_SORT = "startsAt,asc";

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    OrganizationReplica organizations;

    @Inject
    RegistrationService registrations;

    @Inject
    PatchBinder patches;

    @Inject
    AgreementReplica agreementReplica;

    @Inject
    ObjectMapper json;

    @Inject
    EnversHistory history;

    @Inject
    EventsConfig config;

    @Inject
    EntityManager em;

    @Transactional
    public EventView create(EventRequest request) {
        Event e = new Event();
        String zone = validate(request, null);
        EventMapper.apply(request, e, zone);
        OffsetDateTime now = now();
        e.status = EventStatus.DRAFT;
        e.statusChangedAt = now;
        e.createdAt = now;
        e.updatedAt = now;
        e.persist();
        e.flush();
        return view(e);
    }

    public EventView get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    public EventView patch(UUID id, String ifMatch, JsonNode patch) {
        Event e = find(id);
        if (!EventStateMachine.EDITABLE.contains(e.status)) {
            throw ApiException.conflict("event-closed", "Event can no longer change", "the event is " + e.status);
        }
        patches.update(
                ifMatch,
                e.version,
                EventMapper.writable(e),
                patch,
                EventRequest.class,
                (request, changed) -> write(e, request, changed));
        return view(e);
    }

    private void write(Event e, EventRequest request, List<String> changed) {
        String zone = validate(request, e);
        Integer oldCapacity = e.capacity;
        if (request.capacity() != null && (oldCapacity == null || request.capacity() < oldCapacity)) {
            long taken = registrations.lockSeats(e.id);
            if (request.capacity() < taken) {
                throw ApiException.conflict(
                        "capacity-below-confirmed",
                        "Capacity below confirmed registrations",
                        taken + " registrations hold a seat; capacity cannot go below that");
            }
        }
        EventMapper.apply(request, e, zone);
        e.updatedAt = now();
        e.flush();
        if (EventStateMachine.isPublished(e.status)) {
            outbox.publish(e.id, EventMapper.updated(e, changed, e.updatedAt));
        }
        if (changed.contains("capacity") || changed.stream().anyMatch(f -> f.startsWith("quotas"))) {
            registrations.promoteWaitlisted(e);
        }
    }

    @Transactional
    public EventView transition(UUID id, String ifMatch, TransitionRequest request) {
        Event e = find(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, e.version);
        }
        String actor = caller.actor();
        AuditActor.as(actor, request.reason(), () -> {
            move(e, request.action(), request.reason(), actor);
            return null;
        });
        return view(e);
    }

    /** One lifecycle move, published. Used by the API and the date-driven sweep. */
    void move(Event e, EventAction action, String reason, String actor) {
        EventStatus from = e.status;
        EventStatus to = EventStateMachine.next(from, action)
                .orElseThrow(() ->
                        ApiException.illegalTransition(action.name(), from, EventStateMachine.allowedActions(from)));
        if (action == EventAction.PUBLISH && e.parentId != null) {
            Event parent = Event.findById(e.parentId);
            if (parent.status == EventStatus.DRAFT) {
                throw ApiException.conflict(
                        "parent-not-published",
                        "Parent not published",
                        "publish the parent forum " + parent.id + " before its sub-forums");
            }
        }
        OffsetDateTime now = now();
        if (action == EventAction.PUBLISH && e.publishedAt == null) {
            e.publishedAt = now;
        }
        e.status = to;
        e.statusChangedAt = now;
        e.updatedAt = now;
        e.flush();
        switch (action) {
            case PUBLISH -> outbox.publish(e.id, EventMapper.published(e, now));
            case CANCEL -> {
                if (from != EventStatus.DRAFT) {
                    outbox.publish(e.id, EventMapper.cancelled(e, reason, actor, now));
                }
            }
            case COMPLETE -> outbox.publish(e.id, EventMapper.completed(e, actor, now));
            default -> outbox.publish(e.id, EventMapper.updated(e, List.of("status"), now));
        }
    }

    public Page<EventView> list(EventQuery q, PageRequest page) {
        Filter filter = new Filter()
                .and("searchText like :q escape '\\'", "q", q.q() == null ? null : Filter.containsPattern(q.q()))
                .and("type = :type", "type", q.type())
                .and("status = :status", "status", q.status())
                .and("lower(venueCity) = lower(:city)", "city", q.city())
                .and("array_contains(organizers, :organizer)", "organizer", q.organizer())
                .and("endsAt >= :from", "from", q.from())
                .and("startsAt <= :to", "to", q.to())
                .and("parentId = :parentId", "parentId", q.parentId())
                .and("visibility = :visibility", "visibility", q.visibility())
                .and("updatedAt >= :updatedSince", "updatedSince", q.updatedSince());
        if (Boolean.TRUE.equals(q.topLevel())) {
            filter.and("parentId is null");
        }
        if (!caller.isAdmin() && !caller.isPartner()) {
            // never published (a draft, or a draft that was cancelled): the secretariat's and partners' only
            filter.and("publishedAt is not null");
            if (!caller.isMember()) {
                filter.and("visibility = :public").param("public", EventVisibility.PUBLIC);
            }
        }
        PanacheQuery<Event> found = Event.find(filter.query(), page.sort(), filter.params());
        List<Event> items = found.page(page.page(), page.size()).list();
        Map<UUID, EventView.Seats> seats = seats(items);
        return Page.of(
                items.stream().map(e -> EventMapper.view(e, seats.get(e.id))).toList(), page, found.count());
    }

    /** Envers revisions of an event. Admins only: drafts and internal edits are the secretariat's. */
    public List<HistoryEntry> history(UUID id) {
        find(id);
        return history.of(Event.class, id, snapshot -> {
            ObjectNode doc = json.valueToTree(EventMapper.writable(normalised(snapshot)));
            doc.put("status", snapshot.status == null ? null : snapshot.status.name());
            return doc;
        });
    }

    /** The event if the caller may see it, else 404 (no hint that a hidden event exists). */
    /** The agreements signed at a visible event (see {@link AgreementReplica}). */
    public List<SignedAgreementView> signedAgreements(UUID id) {
        return agreementReplica.signedAt(visible(id).id);
    }

    /** The event a gate device or the secretariat checks attendees in to: any event that exists. */
    Event findForCheckIn(UUID id) {
        if (!caller.isAdmin() && !caller.isGateDevice()) {
            return visible(id);
        }
        Event e = Lookup.existing(Event.findById(id), "event", id);
        return e;
    }

    public Event visible(UUID id) {
        Event e = Lookup.visible(Event.findById(id), this::canSee, "event", id);
        return e;
    }

    boolean canSee(Event e) {
        if (caller.isAdmin() || caller.isPartner()) {
            return true;
        }
        return e.publishedAt != null && (e.visibility == EventVisibility.PUBLIC || caller.isMember());
    }

    Event find(UUID id) {
        return Event.<Event>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("event", id));
    }

    EventView view(Event e) {
        return EventMapper.view(e, seats(List.of(e)).get(e.id));
    }

    /** Seat counts of some events, in one query. */
    Map<UUID, EventView.Seats> seats(List<Event> list) {
        Map<UUID, long[]> counts = new HashMap<>();
        if (!list.isEmpty()) {
            List<Object[]> rows = em.createQuery("""
                    select r.eventId, r.status, count(r) from Registration r
                    where r.eventId in :ids and r.status in :counted group by r.eventId, r.status""", Object[].class)
                    .setParameter("ids", list.stream().map(e -> e.id).toList())
                    .setParameter(
                            "counted",
                            List.of(
                                    RegistrationStatus.CONFIRMED,
                                    RegistrationStatus.CHECKED_IN,
                                    RegistrationStatus.WAITLISTED))
                    .getResultList();
            for (Object[] row : rows) {
                long[] c = counts.computeIfAbsent((UUID) row[0], k -> new long[2]);
                c[row[1] == RegistrationStatus.WAITLISTED ? 1 : 0] += (Long) row[2];
            }
        }
        Map<UUID, EventView.Seats> seats = new LinkedHashMap<>();
        for (Event e : list) {
            long[] c = counts.getOrDefault(e.id, new long[2]);
            seats.put(
                    e.id,
                    new EventView.Seats(
                            e.capacity, c[0], e.capacity == null ? null : Math.max(0, e.capacity - c[0]), c[1]));
        }
        return seats;
    }

    /**
     * Checks what bean validation cannot: the zone, the time span, the parent (one level deep, the
     * sub-forum within the parent's span) and that every organisation is known. Returns the zone.
     */
    private String validate(EventRequest r, Event self) {
        List<FieldError> errors = new ArrayList<>();
        String zone = r.timeZone() == null ? config.defaultZone() : r.timeZone();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException ex) {
            errors.add(new FieldError("timeZone", "not an IANA time zone id (e.g. Asia/Shanghai)"));
        }
        if (!r.endsAt().isAfter(r.startsAt())) {
            errors.add(new FieldError("endsAt", "must be after startsAt"));
        }
        if (r.quotas() != null) {
            java.util.Set<Object> categories = new java.util.HashSet<>();
            int reserved = 0;
            for (int i = 0; i < r.quotas().size(); i++) {
                if (!categories.add(r.quotas().get(i).category())) {
                    errors.add(new FieldError(
                            "quotas[" + i + "].category", r.quotas().get(i).category() + " appears twice"));
                }
                reserved += r.quotas().get(i).seats();
            }
            if (r.capacity() != null && reserved > r.capacity()) {
                errors.add(new FieldError("quotas", "reserve " + reserved + " seats; the capacity is " + r.capacity()));
            }
        }
        if (r.parentId() != null) {
            Event parent = Event.findById(r.parentId());
            if (parent == null) {
                errors.add(new FieldError("parentId", "no event " + r.parentId()));
            } else if (self != null && parent.id.equals(self.id)) {
                errors.add(new FieldError("parentId", "an event cannot be its own parent"));
            } else if (parent.parentId != null) {
                errors.add(
                        new FieldError("parentId", "the parent is itself a sub-forum; sub-forums are one level deep"));
            } else if (r.startsAt().isBefore(parent.startsAt) || r.endsAt().isAfter(parent.endsAt)) {
                errors.add(new FieldError(
                        "startsAt",
                        "a sub-forum must lie within its parent's span " + parent.startsAt + " – " + parent.endsAt));
            }
            if (self != null && Event.count("parentId", self.id) > 0) {
                errors.add(new FieldError(
                        "parentId", "this event has sub-forums of its own; sub-forums are one level deep"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        Map<String, UUID> orgs = new LinkedHashMap<>();
        for (int i = 0; i < r.organizers().size(); i++) {
            orgs.put("organizers[" + i + "]", r.organizers().get(i));
        }
        if (r.coHosts() != null) {
            for (int i = 0; i < r.coHosts().size(); i++) {
                orgs.put("coHosts[" + i + "]", r.coHosts().get(i));
            }
        }
        organizations.requireKnown(orgs);
        return zone;
    }

    private static Event normalised(Event snapshot) {
        if (snapshot.organizers == null) {
            snapshot.organizers = new UUID[0];
        }
        if (snapshot.coHosts == null) {
            snapshot.coHosts = new UUID[0];
        }
        if (snapshot.timeZone == null) {
            snapshot.timeZone = "UTC";
        }
        return snapshot;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
