package io.alliancehub.events.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.alliancehub.events.service.EventCalendar;
import io.alliancehub.events.service.EventService;
import io.alliancehub.events.service.model.EventRequest;
import io.alliancehub.events.service.model.EventView;
import io.alliancehub.events.service.model.SignedAgreementView;
import io.alliancehub.events.service.model.TransitionRequest;
import io.alliancehub.kit.history.HistoryEntry;
import io.alliancehub.kit.security.Roles;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Idempotency;
import io.alliancehub.kit.web.MediaTypes;
import io.alliancehub.kit.web.Page;
import io.alliancehub.kit.web.PageParams;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/events")
@Tag(name = "Events", description = "Forums, summits, sub-forums and their lifecycle")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventService events;

    @Inject
    EventCalendar calendar;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an event",
            description =
                    "Created as DRAFT, seen only by admins and partners until PUBLISH. Organisers and co-hosts must be member "
                            + "organisations known to events-service (422 otherwise). A sub-forum names its parentId and lies within the "
                            + "parent's span. Send an Idempotency-Key to retry safely. Admin only.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag name the new event",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response createEvent(
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes the POST safe to retry")
                    String idempotencyKey,
            @NotNull @Valid EventRequest body,
            @Context UriInfo uri) {
        return idempotency.createOnce(idempotencyKey, body, () -> {
            EventView created = events.create(body);
            return ETags.created(uri, "api/v1/events", created);
        });
    }

    @GET
    @PermitAll
    @Operation(
            summary = "List and search events",
            description =
                    "Paged, filtered and sorted (sort: startsAt, title, titleEn, createdAt, updatedAt, status, type, city). "
                            + "Anonymous callers see published PUBLIC events; members also MEMBERS events; admins and partners also drafts.")
    @APIResponse(responseCode = "200", description = "A page of events")
    public Page<EventView> listEvents(@BeanParam EventFilterParams filter, @BeanParam PageParams page) {
        return events.list(filter.toQuery(), page.toRequest(EventService.SORTABLE, EventService.DEFAULT_SORT));
    }

    @GET
    @Path("/{eventId}")
    @PermitAll
    @Operation(
            summary = "Get an event",
            description = "With seat counts and the transitions allowed now. The ETag header carries "
                    + "the version for If-Match. Events the caller may not see are 404.")
    @APIResponse(
            responseCode = "200",
            description = "The event",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response getEvent(@PathParam("eventId") UUID id) {
        EventView view = events.get(id);
        return ETags.ok(view);
    }

    @PATCH
    @Path("/{eventId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaTypes.MERGE_PATCH_JSON)
    @Operation(
            summary = "Change an event",
            description =
                    "JSON Merge Patch (RFC 7386) of the EventRequest document. Requires If-Match. Capacity cannot go below the "
                            + "seats already held (409); raising it confirms waitlisted registrations in order. Published events emit "
                            + "event.updated with the changed fields. Completed and cancelled events cannot change. Admin only.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaTypes.MERGE_PATCH_JSON,
                            schema = @Schema(implementation = EventRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed event",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response updateEvent(
            @PathParam("eventId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag from the last GET", required = true) String ifMatch,
            @NotNull JsonNode patch) {
        EventView view = events.patch(id, ifMatch, patch);
        return ETags.ok(view);
    }

    @POST
    @Path("/{eventId}/transitions")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Move the event through its lifecycle",
            description =
                    "PUBLISH, OPEN_REGISTRATION, CLOSE_REGISTRATION, START, COMPLETE or CANCEL; allowedActions lists what is "
                            + "allowed now, anything else is 409. START and COMPLETE also happen by themselves at the event's start and end. "
                            + "A sub-forum is published after its parent. If-Match is optional. Admin only.")
    @APIResponse(
            responseCode = "200",
            description = "The event after the move",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response transitionEvent(
            @PathParam("eventId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TransitionRequest body) {
        EventView view = events.transition(id, ifMatch, body);
        return ETags.ok(view);
    }

    @GET
    @Path("/{eventId}/calendar")
    @PermitAll
    @Produces("text/calendar")
    @Operation(
            summary = "The event as an iCalendar file",
            description =
                    "RFC 5545: the event and each of its sessions as VEVENTs, with the VTIMEZONE of the event's zone, for "
                            + "Outlook, Apple and Google calendars.")
    @APIResponse(
            responseCode = "200",
            description = "text/calendar",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    public Response getEventCalendar(@PathParam("eventId") UUID id) {
        return Response.ok(calendar.of(id), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"event-" + id + ".ics\"")
                .build();
    }

    @GET
    @Path("/{eventId}/agreements")
    @PermitAll
    @Operation(
            summary = "Agreements signed at the event",
            description =
                    "The cooperation agreements whose last signature was given at this event (a signing session, say), as "
                            + "agreements-service announces them on alliance.agreements.v1, in signing order; each with its "
                            + "current status. Only those the caller may see there: PUBLIC ones for everyone, MEMBERS ones for "
                            + "member and partner tokens, PARTIES ones for their member parties and admins. 404 when the event "
                            + "is not visible to the caller.")
    public List<SignedAgreementView> listEventAgreements(@PathParam("eventId") UUID id) {
        return events.signedAgreements(id);
    }

    @GET
    @Path("/{eventId}/history")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Change history",
            description = "Every revision of the event (Hibernate Envers): who, when, which fields "
                    + "changed from what to what. Admin only.")
    public List<HistoryEntry> getEventHistory(@PathParam("eventId") UUID id) {
        return events.history(id);
    }
}
