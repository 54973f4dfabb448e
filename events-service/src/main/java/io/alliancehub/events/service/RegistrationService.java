package io.alliancehub.events.service;

import static io.alliancehub.contracts.codes.RegistrationStatus.CANCELLED;
import static io.alliancehub.contracts.codes.RegistrationStatus.CHECKED_IN;
import static io.alliancehub.contracts.codes.RegistrationStatus.CONFIRMED;
import static io.alliancehub.contracts.codes.RegistrationStatus.WAITLISTED;

import io.alliancehub.contracts.codes.EventStatus;
import io.alliancehub.contracts.codes.EventVisibility;
import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.codes.RegistrationStatus;
import io.alliancehub.contracts.events.events.AttendeeCheckedIn;
import io.alliancehub.contracts.events.events.RegistrationCancelled;
import io.alliancehub.contracts.events.events.RegistrationConfirmed;
import io.alliancehub.contracts.events.events.RegistrationWaitlisted;
import io.alliancehub.events.domain.Event;
import io.alliancehub.events.domain.EventStateMachine;
import io.alliancehub.events.domain.Registration;
import io.alliancehub.events.domain.RegistrationRules;
import io.alliancehub.events.domain.Tickets;
import io.alliancehub.events.service.model.RecipientView;
import io.alliancehub.events.service.model.RegistrationRequest;
import io.alliancehub.events.service.model.RegistrationView;
import io.alliancehub.kit.outbox.Outbox;
import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.problem.FieldError;
import io.alliancehub.kit.replica.OrganizationReplica;
import io.alliancehub.kit.replica.ReplicatedOrganization;
import io.alliancehub.kit.security.Caller;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Exports;
import io.alliancehub.kit.web.Filter;
import io.alliancehub.kit.web.Lookup;
import io.alliancehub.kit.web.Page;
import io.alliancehub.kit.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Registrations, seats and the waitlist.
 *
 * <p>Capacity is never oversold: every decision about seats (register, cancel, promote, a capacity
 * change) first takes the event's row lock ({@code select … for update}) and then counts the
 * seats held, so concurrent requests for one event are decided one after another, in arrival
 * order, while other events are not held up. The waitlist is promoted in registration order.
 *
 * <p>Who may act: admins and partner systems on every registration (partners never see e-mails);
 * a member organisation only on its own people's registrations; anonymous callers not at all.
 */
@ApplicationScoped
public class RegistrationService {

    public static final Map<String, String> SORTABLE = Map.of(
            "registeredAt",
            "registeredAt",
            "name",
            "attendeeName",
            "status",
            "status",
            "category",
            "category",
            "checkedInAt",
            "checkedInAt");
    public static final String DEFAULT_SORT = "registeredAt,asc";
    private static final Set<RegistrationCategory> MEMBER_CATEGORIES =
            EnumSet.of(RegistrationCategory.MEMBER, RegistrationCategory.GUEST);

    @Inject
    Caller caller;

    @Inject
    EventService eventService;

    @Inject
    OrganizationReplica organizations;

    @Inject
    Outbox outbox;

    @Inject
    AttendanceMeters meters;

    @Inject
    EntityManager em;

    @Transactional
    public RegistrationView register(UUID eventId, RegistrationRequest request) {
        Event event = eventService.visible(eventId);
        UUID organizationId = attendeeOrganization(request);
        if (caller.isMember() && !caller.isAdmin() && !MEMBER_CATEGORIES.contains(request.category())) {
            throw ApiException.forbidden("members register attendees as MEMBER or GUEST; " + request.category()
                    + " registrations are made by the secretariat");
        }
        checkEligibility(event, organizationId, request.category());
        String email = request.attendee().email().trim().toLowerCase(Locale.ROOT);

        long taken = lockSeats(eventId);
        // re-read under the lock: a concurrent CLOSE_REGISTRATION or CANCEL has committed before us
        em.refresh(event);
        if (event.status != EventStatus.REGISTRATION_OPEN) {
            throw ApiException.conflict(
                    "registration-not-open",
                    "Registration is not open",
                    "the event is " + event.status + "; registrations are accepted while it is REGISTRATION_OPEN");
        }
        // per organisation: another organisation's registrations are neither revealed nor blocking
        long sameOrganisation = organizationId == null
                ? Registration.count(
                        "eventId = ?1 and attendeeEmail = ?2 and status <> ?3 and attendeeOrganizationId is null",
                        eventId,
                        email,
                        CANCELLED)
                : Registration.count(
                        "eventId = ?1 and attendeeEmail = ?2 and status <> ?3 and attendeeOrganizationId = ?4",
                        eventId,
                        email,
                        CANCELLED,
                        organizationId);
        if (sameOrganisation > 0) {
            throw ApiException.conflict(
                    "duplicate-registration",
                    "Already registered",
                    "this e-mail address is already registered for the event by the same organisation; one registration per "
                            + "e-mail per event and organisation");
        }
        OffsetDateTime now = EventService.now();
        Registration r = new Registration();
        r.eventId = eventId;
        r.attendeeName = request.attendee().name().trim();
        r.attendeeEmail = email;
        r.attendeeOrganizationId = organizationId;
        r.attendeeTitle = request.attendee().title();
        r.attendeeLanguage = request.attendee().language() == null
                ? "zh"
                : request.attendee().language();
        r.category = request.category();
        Integer quota = RegistrationRules.quotaOf(event.quotas, r.category);
        long takenInCategory = quota == null ? 0 : takenIn(eventId, r.category);
        r.status = RegistrationRules.place(taken, event.capacity, takenInCategory, quota);
        r.registeredAt = now;
        r.confirmedAt = r.status == CONFIRMED ? now : null;
        r.registeredBy = caller.actor();
        r.updatedAt = now;
        r.persist();
        r.flush();
        meters.registered(r.status);
        if (r.status == CONFIRMED) {
            outbox.publish(
                    eventId,
                    r.id,
                    new RegistrationConfirmed(r.id, eventId, organizationId, r.category, false, now, now));
            return view(r, null);
        }
        // the newest registration, decided under the lock: its place is the length of the waitlist
        long position = Registration.count("eventId = ?1 and status = ?2", eventId, WAITLISTED);
        outbox.publish(
                eventId,
                r.id,
                new RegistrationWaitlisted(r.id, eventId, organizationId, r.category, (int) position, now, now));
        return view(r, position);
    }

    /**
     * An attendee's name, address and language, for notifications-service (role notifier) at the moment it sends
     * them an e-mail; any registration of the event, whatever its status.
     */
    public RecipientView recipient(UUID eventId, UUID registrationId) {
        Registration r = Lookup.existing(Registration.findById(registrationId), "registration", registrationId);
        if (!r.eventId.equals(eventId)) {
            throw ApiException.notFound("registration", registrationId);
        }
        return recipient(r);
    }

    /** The attendees still registered (CONFIRMED or WAITLISTED), for the e-mail that the event was cancelled. */
    public Page<RecipientView> recipients(UUID eventId, PageRequest page) {
        PanacheQuery<Registration> found = Registration.find(
                "eventId = ?1 and status in ?2", page.sort(), eventId, List.of(CONFIRMED, WAITLISTED));
        return Page.of(
                found.page(page.page(), page.size()).list().stream()
                        .map(RegistrationService::recipient)
                        .toList(),
                page,
                found.count());
    }

    private static RecipientView recipient(Registration r) {
        return new RecipientView(r.id, r.attendeeName, r.attendeeEmail, r.attendeeLanguage);
    }

    public RegistrationView get(UUID eventId, UUID registrationId) {
        Registration r = visible(eventId, registrationId);
        return view(r, r.status == WAITLISTED ? waitlistPositions(eventId).get(r.id) : null);
    }

    public Page<RegistrationView> list(
            UUID eventId, RegistrationStatus status, RegistrationCategory category, String q, PageRequest page) {
        PanacheQuery<Registration> found = query(eventId, status, category, q, page.sort());
        List<Registration> items = found.page(page.page(), page.size()).list();
        Map<UUID, Long> positions =
                items.stream().anyMatch(r -> r.status == WAITLISTED) ? waitlistPositions(eventId) : Map.of();
        return Page.of(items.stream().map(r -> view(r, positions.get(r.id))).toList(), page, found.count());
    }

    /**
     * Every registration of the event matching the filters, in {@code sort} order, handed to {@code sink} a chunk at a
     * time from a database cursor (the attendee list as CSV, any size).
     */
    @Transactional
    public void export(
            UUID eventId,
            RegistrationStatus status,
            RegistrationCategory category,
            String q,
            Sort sort,
            Consumer<List<RegistrationView>> sink) {
        PanacheQuery<Registration> found = query(eventId, status, category, q, sort);
        Map<UUID, Long> positions = waitlistPositions(eventId);
        Exports.inChunks(
                found,
                Registration.getEntityManager(),
                chunk -> sink.accept(
                        chunk.stream().map(r -> view(r, positions.get(r.id))).toList()));
    }

    /** Cancels a registration; a freed seat goes to the earliest waitlisted registration. */
    @Transactional
    public RegistrationView cancel(UUID eventId, UUID registrationId, String ifMatch, String reason) {
        Registration r = visible(eventId, registrationId);
        requireActsFor(r);
        ETags.requireMatch(ifMatch, r.version);
        lockSeats(eventId);
        em.refresh(r);
        ETags.requireMatch(ifMatch, r.version);
        if (!RegistrationRules.canCancel(r.status)) {
            throw ApiException.conflict(
                    "registration-not-cancellable",
                    "Cannot cancel",
                    "the registration is " + r.status + "; only registrations not yet checked in can be cancelled");
        }
        RegistrationStatus previous = r.status;
        OffsetDateTime now = EventService.now();
        r.status = CANCELLED;
        r.cancelledAt = now;
        r.cancelReason = reason;
        r.updatedAt = now;
        r.flush();
        outbox.publish(
                eventId,
                r.id,
                new RegistrationCancelled(
                        r.id, eventId, r.attendeeOrganizationId, r.category, previous, reason, caller.actor(), now));
        if (previous == CONFIRMED) {
            promoteWaitlisted(Event.findById(eventId));
        }
        return view(r, null);
    }

    @Transactional
    public RegistrationView checkIn(UUID eventId, UUID registrationId, String ifMatch) {
        Registration r = visible(eventId, registrationId);
        if (!caller.isAdmin() && !caller.isPartner()) {
            throw ApiException.forbidden("check-in is done at the venue by the secretariat or its check-in system");
        }
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, r.version);
        }
        Event event = Event.findById(eventId);
        if (!EventStateMachine.CHECK_IN_OPEN.contains(event.status)) {
            throw ApiException.conflict("check-in-not-open", "Check-in is not open", "the event is " + event.status);
        }
        if (!RegistrationRules.canCheckIn(r.status)) {
            throw ApiException.conflict(
                    "not-checkable",
                    "Cannot check in",
                    "the registration is " + r.status + "; only CONFIRMED registrations are checked in");
        }
        OffsetDateTime now = EventService.now();
        r.status = CHECKED_IN;
        r.checkedInAt = now;
        r.updatedAt = now;
        r.flush();
        outbox.publish(
                eventId,
                r.id,
                new AttendeeCheckedIn(r.id, eventId, r.attendeeOrganizationId, r.category, caller.actor(), now));
        meters.checkedIn("desk");
        return view(r, null);
    }

    /** Locks the event's row for this transaction and returns the seats held. Every seat decision starts here. */
    long lockSeats(UUID eventId) {
        em.createNativeQuery("select id from event where id = ?1 for update")
                .setParameter(1, eventId)
                .getSingleResult();
        return Registration.count("eventId = ?1 and status in ?2", eventId, RegistrationRules.HOLDS_SEAT);
    }

    /**
     * Fills free seats from the waitlist, first come first served within each category: a waitlisted
     * registration whose category's quota is full waits while later ones of other categories move up.
     * Call inside a transaction.
     */
    void promoteWaitlisted(Event event) {
        long taken = lockSeats(event.id);
        if (event.capacity != null && taken >= event.capacity) {
            return;
        }
        long free = event.capacity == null ? Long.MAX_VALUE : event.capacity - taken;
        Map<RegistrationCategory, Long> inCategory = new java.util.EnumMap<>(RegistrationCategory.class);
        OffsetDateTime now = EventService.now();
        // the whole waitlist, in order (a full category's entries are passed over, so paging would skip some)
        List<Registration> waiting = Registration.<Registration>find(
                        "eventId = ?1 and status = ?2", Sort.by("registeredAt").and("id"), event.id, WAITLISTED)
                .list();
        for (Registration r : waiting) {
            if (free == 0) {
                break;
            }
            Integer quota = RegistrationRules.quotaOf(event.quotas, r.category);
            if (quota != null) {
                long held = inCategory.computeIfAbsent(r.category, c -> takenIn(event.id, c));
                if (held >= quota) {
                    continue;
                }
                inCategory.put(r.category, held + 1);
            }
            r.status = CONFIRMED;
            r.confirmedAt = now;
            r.updatedAt = now;
            free--;
            outbox.publish(
                    event.id,
                    r.id,
                    new RegistrationConfirmed(
                            r.id, event.id, r.attendeeOrganizationId, r.category, true, r.registeredAt, now));
        }
        em.flush();
    }

    /** Seats held in one category (under the event's row lock). */
    private long takenIn(UUID eventId, RegistrationCategory category) {
        return Registration.count(
                "eventId = ?1 and category = ?2 and status in ?3", eventId, category, RegistrationRules.HOLDS_SEAT);
    }

    private UUID attendeeOrganization(RegistrationRequest request) {
        UUID given = request.attendee().organizationId();
        if (caller.isAdmin() || caller.isPartner()) {
            return given;
        }
        UUID own = caller.organizationId()
                .orElseThrow(() -> ApiException.forbidden(
                        "a member token must name its organisation (org claim) to register attendees"));
        if (given != null && !given.equals(own)) {
            throw ApiException.forbidden(
                    "a member organisation registers only its own people (attendee.organizationId " + own + ")");
        }
        return own;
    }

    /** Members-only events and MEMBER registrations need an organisation in good standing (ACTIVE or GRACE) in the replica. */
    private void checkEligibility(Event event, UUID organizationId, RegistrationCategory category) {
        boolean needsMembership =
                event.visibility == EventVisibility.MEMBERS || category == RegistrationCategory.MEMBER;
        if (organizationId == null) {
            if (needsMembership) {
                throw ApiException.validation(List.of(new FieldError(
                        "attendee.organizationId",
                        event.visibility == EventVisibility.MEMBERS
                                ? "required: the event is for members only"
                                : "required for the MEMBER category")));
            }
            return;
        }
        ReplicatedOrganization org = organizations
                .find(organizationId)
                .orElseThrow(() -> new ApiException(
                        422,
                        "unknown-organization",
                        "Unknown organisation",
                        "organisation " + organizationId + " is not a member organisation",
                        List.of(new FieldError("attendee.organizationId", "unknown organisation " + organizationId))));
        if (needsMembership && !OrganizationReplica.inGoodStanding(org)) {
            throw new ApiException(
                    422,
                    "membership-not-in-good-standing",
                    "Membership not in good standing",
                    "organisation " + organizationId + " has membership status " + org.membershipStatus
                            + "; "
                            + (event.visibility == EventVisibility.MEMBERS
                                    ? "this event is for members"
                                    : "MEMBER registrations are for members")
                            + " whose membership is ACTIVE or GRACE",
                    List.of(new FieldError("attendee.organizationId", "membership is " + org.membershipStatus)));
        }
    }

    private PanacheQuery<Registration> query(
            UUID eventId, RegistrationStatus status, RegistrationCategory category, String q, Sort sort) {
        eventService.visible(eventId);
        if (caller.isAnonymous()) {
            throw ApiException.forbidden(
                    "registrations are visible to the secretariat, partners and the attendees' organisations");
        }
        Filter filter = new Filter()
                .and("eventId = :eventId", "eventId", eventId)
                .and("status = :status", "status", status)
                .and("category = :category", "category", category)
                // e-mail addresses are matched only for those who may see them (the secretariat, and members
                // within their own organisation's registrations); a partner matches names only
                .and(
                        caller.isAdmin() || caller.isMember()
                                ? "(lower(attendeeName) like :q escape '\\' or attendeeEmail like :q escape '\\')"
                                : "lower(attendeeName) like :q escape '\\'",
                        "q",
                        q == null ? null : Filter.containsPattern(q));
        if (!caller.isAdmin() && !caller.isPartner()) {
            filter.and("attendeeOrganizationId = :own")
                    .param("own", caller.organizationId().orElse(new UUID(0, 0)));
        }
        return Registration.find(filter.query(), sort, filter.params());
    }

    private Registration visible(UUID eventId, UUID registrationId) {
        eventService.visible(eventId);
        Registration r = Lookup.visible(
                Registration.findById(registrationId),
                found -> found.eventId.equals(eventId) && mayRead(found),
                "registration",
                registrationId);
        return r;
    }

    private boolean mayRead(Registration r) {
        return caller.isAdmin()
                || caller.isPartner()
                || r.attendeeOrganizationId != null && caller.actsFor(r.attendeeOrganizationId);
    }

    private void requireActsFor(Registration r) {
        if (!caller.isAdmin() && !caller.isPartner() && !caller.actsFor(r.attendeeOrganizationId)) {
            throw ApiException.forbidden("a member organisation cancels only its own people's registrations");
        }
    }

    /** 1-based waitlist places of an event's WAITLISTED registrations. */
    private Map<UUID, Long> waitlistPositions(UUID eventId) {
        Map<UUID, Long> positions = new HashMap<>();
        long i = 0;
        for (UUID id : em.createQuery(
                        "select r.id from Registration r where r.eventId = :e and r.status = :s order by r.registeredAt, r.id",
                        UUID.class)
                .setParameter("e", eventId)
                .setParameter("s", WAITLISTED)
                .getResultList()) {
            positions.put(id, ++i);
        }
        return positions;
    }

    private RegistrationView view(Registration r, Long waitlistPosition) {
        boolean showEmail =
                caller.isAdmin() || r.attendeeOrganizationId != null && caller.actsFor(r.attendeeOrganizationId);
        return new RegistrationView(
                r.id,
                r.version,
                r.eventId,
                new RegistrationView.AttendeeView(
                        r.attendeeName,
                        showEmail ? r.attendeeEmail : null,
                        r.attendeeOrganizationId,
                        r.attendeeTitle,
                        r.attendeeLanguage),
                r.category,
                r.status,
                waitlistPosition == null ? null : waitlistPosition.intValue(),
                r.registeredAt,
                r.confirmedAt,
                r.checkedInAt,
                r.checkInGate,
                r.cancelledAt,
                showEmail && Tickets.issued(r.status) ? r.ticketSecret : null);
    }
}
