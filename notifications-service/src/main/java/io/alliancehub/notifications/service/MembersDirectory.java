package io.alliancehub.notifications.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.alliancehub.contracts.common.LocalizedText;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** members-service's recipient operation (role notifier): where to e-mail an organisation's representatives. */
@RegisterRestClient(configKey = "members")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api/v1/organizations/{organizationId}/contacts")
public interface MembersDirectory {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Recipient(UUID contactId, LocalizedText name, String email, String language, String role) {}

    /** The representatives (or only {@code role}, when not null) that have an address. */
    @GET
    @Path("/recipients")
    List<Recipient> recipients(@PathParam("organizationId") UUID organizationId, @QueryParam("role") String role);
}
