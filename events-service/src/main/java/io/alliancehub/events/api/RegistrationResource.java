package io.alliancehub.events.api;

import io.alliancehub.contracts.codes.RegistrationCategory;
import io.alliancehub.contracts.codes.RegistrationStatus;
import io.alliancehub.events.service.RegistrationCsv;
import io.alliancehub.events.service.RegistrationService;
import io.alliancehub.events.service.TicketService;
import io.alliancehub.events.service.model.RecipientView;
import io.alliancehub.events.service.model.RegistrationRequest;
import io.alliancehub.events.service.model.RegistrationView;
import io.alliancehub.kit.openapi.ContractFilter;
import io.alliancehub.kit.security.Roles;
import io.alliancehub.kit.web.Csv;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Idempotency;
import io.alliancehub.kit.web.MediaTypes;
import io.alliancehub.kit.web.Page;
import io.alliancehub.kit.web.PageParams;
import io.alliancehub.kit.web.PageRequest;
import io.alliancehub.kit.web.Params;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/events/{eventId}/registrations")
@Tag(name = "Registrations", description = "Attendees, seats, the waitlist and check-in")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MEMBER, Roles.PARTNER})
public class RegistrationResource {

    @Inject
    RegistrationService registrations;

    @Inject
    RegistrationCsv csv;

    @Inject
    TicketService tickets;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register an attendee",
            description =
                    "While the event is REGISTRATION_OPEN. CONFIRMED when a seat is free, else WAITLISTED (promoted first come, "
                            + "first served when a seat frees); capacity is never oversold. One registration per e-mail per event and organisation (409). "
                            + "Members-only events, and the MEMBER category, need an organisation whose membership is ACTIVE or GRACE (422 "
                            + "membership-not-in-good-standing). A member registers only its own people, as MEMBER or GUEST. Send an "
                            + "Idempotency-Key to retry safely.")
    @APIResponse(
            responseCode = "201",
            description = "Registered: status CONFIRMED or WAITLISTED",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public Response createRegistration(
            @PathParam("eventId") UUID eventId,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes the POST safe to retry")
                    String idempotencyKey,
            @NotNull @Valid RegistrationRequest body,
            @Context UriInfo uri) {
        return idempotency.createOnce(idempotencyKey, body, () -> {
            RegistrationView created = registrations.register(eventId, body);
            return ETags.created(uri, created);
        });
    }

    @GET
    @Extension(name = ContractFilter.CSV_EXPORT, value = "true")
    @Operation(
            summary = "List registrations",
            description =
                    "Admins and partners see all, a member only its own organisation's. E-mail addresses only for admins and "
                            + "the attendee's organisation. Send Accept: text/csv for the attendee list as CSV, streamed (any number of rows).")
    @APIResponse(responseCode = "200", description = "A page of registrations")
    public Page<RegistrationView> listRegistrations(
            @PathParam("eventId") UUID eventId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = RegistrationStatus.class)) String status,
            @QueryParam("category") @Parameter(schema = @Schema(implementation = RegistrationCategory.class))
                    String category,
            @QueryParam("q")
                    @Parameter(
                            description = "Attendee name or e-mail contains",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    String q,
            @BeanParam PageParams page) {
        PageRequest request = page.toRequest(RegistrationService.SORTABLE, RegistrationService.DEFAULT_SORT);
        return registrations.list(
                eventId,
                Params.enumValue(RegistrationStatus.class, status, "status"),
                Params.enumValue(RegistrationCategory.class, category, "category"),
                Params.text(q, "q", 200),
                request);
    }

    @GET
    @Produces(MediaTypes.CSV + ";qs=0.5")
    @Operation(hidden = true)
    public Response exportRegistrations(
            @PathParam("eventId") UUID eventId,
            @QueryParam("status") String status,
            @QueryParam("category") String category,
            @QueryParam("q") String q,
            @QueryParam("sort") String sort) {
        RegistrationStatus byStatus = Params.enumValue(RegistrationStatus.class, status, "status");
        RegistrationCategory byCategory = Params.enumValue(RegistrationCategory.class, category, "category");
        String text = Params.text(q, "q", 200);
        Sort order = PageRequest.sortOf(sort, RegistrationService.SORTABLE, RegistrationService.DEFAULT_SORT);
        StreamingOutput body = Csv.stream(
                RegistrationCsv.HEADER,
                rows -> registrations.export(
                        eventId, byStatus, byCategory, text, order, chunk -> chunk.forEach(r -> rows.add(csv.row(r)))));
        return Response.ok(body, MediaTypes.CSV_UTF8)
                .header("Content-Disposition", "attachment; filename=\"attendees-" + eventId + ".csv\"")
                .build();
    }

    @GET
    @Path("/{registrationId}")
    @Operation(
            summary = "Get a registration",
            description = "waitlistPosition tells a WAITLISTED attendee their place.")
    @APIResponse(
            responseCode = "200",
            description = "The registration",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public Response getRegistration(
            @PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        RegistrationView view = registrations.get(eventId, registrationId);
        return ETags.ok(view);
    }

    @GET
    @Path("/{registrationId}/recipient")
    @RolesAllowed(Roles.NOTIFIER)
    @Operation(
            summary = "Where to e-mail an attendee",
            description = "For notifications-service only (role notifier), which reads the address when it sends an "
                    + "e-mail and keeps none: events carry no personal data.")
    @APIResponse(
            responseCode = "200",
            description = "The attendee's name, address and language",
            content = @Content(schema = @Schema(implementation = RecipientView.class)))
    public RecipientView getRegistrationRecipient(
            @PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        return registrations.recipient(eventId, registrationId);
    }

    @GET
    @Path("/recipients")
    @RolesAllowed(Roles.NOTIFIER)
    @Operation(
            summary = "Where to e-mail the event's attendees",
            description = "The CONFIRMED and WAITLISTED registrations' names, addresses and languages, in registration "
                    + "order; for notifications-service only (role notifier), when the event is cancelled.")
    public Page<RecipientView> listRegistrationRecipients(
            @PathParam("eventId") UUID eventId, @BeanParam PageParams page) {
        return registrations.recipients(
                eventId, page.toRequest(RegistrationService.SORTABLE, RegistrationService.DEFAULT_SORT));
    }

    @DELETE
    @Path("/{registrationId}")
    @Operation(
            summary = "Cancel a registration",
            description =
                    "Requires If-Match. Not after check-in (409). A freed seat goes to the earliest waitlisted registration, "
                            + "which becomes CONFIRMED (registration.cancelled and registration.confirmed are both published). A member "
                            + "cancels only its own people's registrations.")
    @APIResponse(
            responseCode = "200",
            description = "The cancelled registration",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public Response cancelRegistration(
            @PathParam("eventId") UUID eventId,
            @PathParam("registrationId") UUID registrationId,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @QueryParam("reason")
                    @Parameter(
                            description = "Why, kept with the registration",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 500))
                    String reason) {
        RegistrationView view =
                registrations.cancel(eventId, registrationId, ifMatch, Params.text(reason, "reason", 500));
        return ETags.ok(view);
    }

    @POST
    @Path("/{registrationId}/check-in")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(
            summary = "Check an attendee in",
            description =
                    "At the venue: a CONFIRMED registration becomes CHECKED_IN while registration is open or closed or the event "
                            + "is ONGOING; publishes attendee.checked-in. If-Match optional. Admins and check-in systems (partner).")
    @APIResponse(
            responseCode = "200",
            description = "The checked-in registration",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public Response checkInRegistration(
            @PathParam("eventId") UUID eventId,
            @PathParam("registrationId") UUID registrationId,
            @HeaderParam("If-Match") String ifMatch) {
        RegistrationView view = registrations.checkIn(eventId, registrationId, ifMatch);
        return ETags.ok(view);
    }

    @GET
    @Path("/{registrationId}/ticket")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER, Roles.NOTIFIER})
    @Produces({"image/png", "image/svg+xml"})
    @Operation(
            summary = "The ticket as a QR code",
            description =
                    "For a registration holding a seat (CONFIRMED, or CHECKED_IN): its ticket secret as a QR code, PNG or SVG "
                            + "by Accept. Admins, the attendee's own organisation and notifications-service (role notifier, which attaches "
                            + "it to the confirmation e-mail); 404 for anyone else, 409 no-ticket while "
                            + "WAITLISTED or after cancelling. A gate scans it with POST /api/v1/events/{eventId}/check-ins.")
    @APIResponse(
            responseCode = "200",
            description = "The QR code",
            content = {
                @Content(
                        mediaType = "image/png",
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 200_000)),
                @Content(
                        mediaType = "image/svg+xml",
                        schema = @Schema(type = SchemaType.STRING, format = "svg", maxLength = 200_000))
            })
    @APIResponse(
            responseCode = "409",
            description = "No ticket: the registration holds no seat (WAITLISTED, CANCELLED)")
    public Response getRegistrationTicket(
            @PathParam("eventId") UUID eventId,
            @PathParam("registrationId") UUID registrationId,
            @HeaderParam("Accept") String accept) {
        boolean svg = accept != null && accept.contains("image/svg+xml") && !accept.contains("image/png");
        TicketService.Format format = svg ? TicketService.Format.SVG : TicketService.Format.PNG;
        return Response.ok(tickets.ticket(eventId, registrationId, format), svg ? "image/svg+xml" : "image/png")
                .build();
    }
}
