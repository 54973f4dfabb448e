package io.alliancehub.events.api;

import io.alliancehub.events.service.TicketService;
import io.alliancehub.events.service.model.CheckInRequest;
import io.alliancehub.events.service.model.CheckInSummary;
import io.alliancehub.events.service.model.CheckInView;
import io.alliancehub.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/events/{eventId}/check-ins")
@Tag(name = "Check-in", description = "Tickets scanned at the door, and the live counts")
@Produces(MediaType.APPLICATION_JSON)
public class CheckInResource {

    @Inject
    TicketService tickets;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CHECKIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Scan a ticket at a gate",
            description =
                    "By a gate device (a token of role checkin, which reaches nothing but this event's check-ins) or an admin, "
                            + "while check-in is open (REGISTRATION_OPEN, REGISTRATION_CLOSED, ONGOING). The first scan of a CONFIRMED "
                            + "registration's ticket checks the attendee in (outcome CHECKED_IN, attendee.checked-in published); a "
                            + "later scan answers 200 ALREADY_CHECKED_IN with when and at which gate it was first used. 404 for an "
                            + "unknown ticket, 422 ticket-of-another-event, 409 registration-cancelled or not-confirmed (waitlisted), "
                            + "409 check-in-not-open.")
    @APIResponse(
            responseCode = "200",
            description = "Checked in now, or already",
            content = @Content(schema = @Schema(implementation = CheckInView.class)))
    public CheckInView createCheckIn(@PathParam("eventId") UUID eventId, @NotNull @Valid CheckInRequest body) {
        return tickets.scan(eventId, body);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CHECKIN})
    @Operation(
            summary = "Live counts at the door",
            description =
                    "Seats held (CONFIRMED or CHECKED_IN) and attendees checked in, in all and per category. Admins "
                            + "and gate devices.")
    public CheckInSummary getCheckInSummary(@PathParam("eventId") UUID eventId) {
        return tickets.summary(eventId);
    }

    @DELETE
    @Path("/{registrationId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Undo a check-in",
            description =
                    "A wrong scan: the registration is CONFIRMED again and its ticket can be scanned again. Admin "
                            + "only; 409 not-checked-in. Requires If-Match (the registration's ETag).")
    @APIResponse(responseCode = "204", description = "Undone")
    public void deleteCheckIn(
            @PathParam("eventId") UUID eventId,
            @PathParam("registrationId") UUID registrationId,
            @HeaderParam("If-Match") @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(required = true)
                    String ifMatch) {
        tickets.undo(eventId, registrationId, ifMatch);
    }
}
