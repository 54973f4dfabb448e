package io.alliancehub.notifications.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** events-service's recipient operations (role notifier): where to e-mail an attendee, read at send time. */
@RegisterRestClient(configKey = "events")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api/v1/events/{eventId}/registrations")
public interface EventsDirectory {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Recipient(UUID registrationId, String name, String email, String language) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Recipients(List<Recipient> items, int totalPages) {}

    @GET
    @Path("/{registrationId}/recipient")
    Recipient recipient(@PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId);

    /** The ticket's QR code (PNG); 409 when the registration holds no seat. */
    @GET
    @Path("/{registrationId}/ticket")
    @Produces("image/png")
    byte[] ticket(@PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId);

    @GET
    @Path("/recipients")
    Recipients recipients(
            @PathParam("eventId") UUID eventId, @QueryParam("page") int page, @QueryParam("size") int size);
}
