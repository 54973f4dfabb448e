package io.alliancehub.events.service;

import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.codes.RegistrationStatus;
import io.alliancehub.contracts.events.events.AttendeeCheckedIn;
import io.alliancehub.events.domain.Event;
import io.alliancehub.events.domain.EventStateMachine;
import io.alliancehub.events.domain.Registration;
import io.alliancehub.events.domain.RegistrationRules;
import io.alliancehub.events.domain.Tickets;
import io.alliancehub.events.service.model.CheckInRequest;
import io.alliancehub.events.service.model.CheckInSummary;
import io.alliancehub.events.service.model.CheckInView;
import io.alliancehub.kit.outbox.Outbox;
import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.security.Caller;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Lookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tickets at the door. A CONFIRMED registration's ticket (its secret as a QR code) is shown to admins
 * and the attendee's organisation; a gate device (role checkin) or an admin scans it: the first scan
 * checks the attendee in, a later one answers when and where that happened. The secretariat can undo
 * a check-in.
 */
@ApplicationScoped
public class TicketService {

    public enum Format {
        PNG,
        SVG
    }

    @Inject
    EventService events;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    AttendanceMeters meters;

    @Inject
    EntityManager em;

    /**
     * The ticket as an image: admins, the attendee's organisation and notifications-service (which attaches it to the
     * confirmation mail); 409 while no seat is held.
     */
    public byte[] ticket(UUID eventId, UUID registrationId, Format format) {
        events.visible(eventId);
        Registration r = Registration.findById(registrationId);
        boolean own = r != null && r.attendeeOrganizationId != null && caller.actsFor(r.attendeeOrganizationId);
        if (r == null || !r.eventId.equals(eventId) || !(caller.isAdmin() || caller.isNotifier() || own)) {
            throw ApiException.notFound("registration", registrationId);
        }
        if (!Tickets.issued(r.status)) {
            throw ApiException.conflict(
                    "no-ticket",
                    "No ticket",
                    "the registration is " + r.status + "; a ticket comes with a seat (CONFIRMED)");
        }
        return format == Format.PNG ? QrCodes.png(r.ticketSecret) : QrCodes.svg(r.ticketSecret);
    }

    /** One scan at a gate. Row-locked by ticket, so two gates scanning the same ticket at once check in once. */
    @Transactional
    public CheckInView scan(UUID eventId, CheckInRequest request) {
        Event event = events.findForCheckIn(eventId);
        Registration r = Registration.<Registration>find("ticketSecret", request.ticket())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (r == null) {
            throw ApiException.notFound("ticket", "(scanned)");
        }
        if (!r.eventId.equals(eventId)) {
            throw ApiException.unprocessable(
                    "ticket-of-another-event", "Ticket of another event", "this ticket is not for this event");
        }
        if (r.status == RegistrationStatus.CHECKED_IN) {
            return view(r, CheckInView.Outcome.ALREADY_CHECKED_IN);
        }
        if (r.status == RegistrationStatus.CANCELLED) {
            throw ApiException.conflict(
                    "registration-cancelled", "Registration cancelled", "this ticket's registration was cancelled");
        }
        if (!RegistrationRules.canCheckIn(r.status)) {
            throw ApiException.conflict(
                    "not-confirmed",
                    "No seat",
                    "the registration is " + r.status + "; only CONFIRMED registrations are checked in");
        }
        if (!EventStateMachine.CHECK_IN_OPEN.contains(event.status)) {
            throw ApiException.conflict("check-in-not-open", "Check-in is not open", "the event is " + event.status);
        }
        OffsetDateTime now = EventService.now();
        r.status = RegistrationStatus.CHECKED_IN;
        r.checkedInAt = now;
        r.checkInGate = request.gate();
        r.updatedAt = now;
        r.flush();
        outbox.publish(
                eventId,
                r.id,
                new AttendeeCheckedIn(r.id, eventId, r.attendeeOrganizationId, r.category, caller.actor(), now));
        meters.checkedIn("gate");
        return view(r, CheckInView.Outcome.CHECKED_IN);
    }

    /** The secretariat undoes a check-in (a wrong scan): the registration is CONFIRMED again and its ticket usable. */
    @Transactional
    public void undo(UUID eventId, UUID registrationId, String ifMatch) {
        events.visible(eventId);
        Registration r = Lookup.visible(
                Registration.findById(registrationId, LockModeType.PESSIMISTIC_WRITE),
                found -> found.eventId.equals(eventId),
                "registration",
                registrationId);
        ETags.requireMatch(ifMatch, r.version);
        if (r.status != RegistrationStatus.CHECKED_IN) {
            throw ApiException.conflict(
                    "not-checked-in", "Not checked in", "the registration is " + r.status + "; nothing to undo");
        }
        r.status = RegistrationStatus.CONFIRMED;
        r.checkedInAt = null;
        r.checkInGate = null;
        r.updatedAt = EventService.now();
        r.flush();
    }

    /** Live counts per category: seats held and checked in. */
    public CheckInSummary summary(UUID eventId) {
        events.findForCheckIn(eventId);
        Map<RegistrationCategory, long[]> counts = new EnumMap<>(RegistrationCategory.class);
        List<Object[]> rows = em.createQuery(
                        "select r.category, r.status, count(r) from Registration r where r.eventId = :e and r.status in :held "
                                + "group by r.category, r.status",
                        Object[].class)
                .setParameter("e", eventId)
                .setParameter("held", RegistrationRules.HOLDS_SEAT)
                .getResultList();
        for (Object[] row : rows) {
            long[] c = counts.computeIfAbsent((RegistrationCategory) row[0], k -> new long[2]);
            long n = ((Number) row[2]).longValue();
            c[0] += n;
            if (row[1] == RegistrationStatus.CHECKED_IN) {
                c[1] += n;
            }
        }
        List<CheckInSummary.CategoryCount> byCategory = new ArrayList<>();
        long confirmed = 0;
        long checkedIn = 0;
        for (Map.Entry<RegistrationCategory, long[]> e : counts.entrySet()) {
            byCategory.add(new CheckInSummary.CategoryCount(e.getKey(), e.getValue()[0], e.getValue()[1]));
            confirmed += e.getValue()[0];
            checkedIn += e.getValue()[1];
        }
        return new CheckInSummary(confirmed, checkedIn, byCategory);
    }

    private static CheckInView view(Registration r, CheckInView.Outcome outcome) {
        return new CheckInView(outcome, r.id, r.attendeeName, r.category, r.checkedInAt, r.checkInGate);
    }
}
