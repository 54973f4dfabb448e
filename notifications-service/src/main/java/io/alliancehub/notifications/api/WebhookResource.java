package io.alliancehub.notifications.api;

import io.alliancehub.kit.security.Roles;
import io.alliancehub.kit.web.ETags;
import io.alliancehub.kit.web.Idempotency;
import io.alliancehub.kit.web.Page;
import io.alliancehub.kit.web.PageParams;
import io.alliancehub.kit.web.Params;
import io.alliancehub.notifications.domain.DeliveryStatus;
import io.alliancehub.notifications.domain.SubscriptionStatus;
import io.alliancehub.notifications.service.SubscriptionService;
import io.alliancehub.notifications.service.model.DeliveryView;
import io.alliancehub.notifications.service.model.RotationRequest;
import io.alliancehub.notifications.service.model.SubscriptionCreated;
import io.alliancehub.notifications.service.model.SubscriptionRequest;
import io.alliancehub.notifications.service.model.SubscriptionTransition;
import io.alliancehub.notifications.service.model.SubscriptionView;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/webhooks")
@Tag(
        name = "Webhooks",
        description =
                "Partner systems receive the suite's CloudEvents at their own URL, signed as the Standard Webhooks "
                        + "specification describes (webhook-id, webhook-timestamp, webhook-signature: v1, + base64 HMAC-SHA256 of "
                        + "id.timestamp.body), at least once, in order per aggregate; a partner receives only events about what it "
                        + "could read through the API.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PARTNER})
public class WebhookResource {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Subscribe to events",
            description =
                    "A partner subscribes for itself; an admin for a partner (owner required). The URL must be an "
                            + "http(s) URL whose host resolves to public addresses only (400 otherwise). The answer carries the "
                            + "signing secret, shown this once. Accepts Idempotency-Key. Partners and admins.")
    @APIResponse(
            responseCode = "201",
            description = "Created; the body carries the secret",
            content = @Content(schema = @Schema(implementation = SubscriptionCreated.class)))
    public Response createWebhook(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid SubscriptionRequest body,
            @Context UriInfo uri) {
        return idempotency.createOnce(idempotencyKey, body, () -> {
            SubscriptionCreated created = subscriptions.create(body);
            return ETags.created(uri, "api/v1/webhooks", created);
        });
    }

    @GET
    @Operation(
            summary = "List webhook subscriptions",
            description = "A partner sees its own; an admin all, or one partner's (owner). Sort by createdAt, "
                    + "updatedAt, url, status.")
    public Page<SubscriptionView> listWebhooks(
            @QueryParam("owner")
                    @Parameter(
                            description = "Admins: only this partner's (its token subject)",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    String owner,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = SubscriptionStatus.class)) String status,
            @BeanParam PageParams page) {
        return subscriptions.list(
                Params.text(owner, "owner", 200),
                Params.enumValue(SubscriptionStatus.class, status, "status"),
                page.toRequest(SubscriptionService.SORTABLE, "createdAt,asc"));
    }

    @GET
    @Path("/{webhookId}")
    @Operation(summary = "Get a webhook subscription", description = "Its owner or an admin; 404 for anyone else.")
    @APIResponse(
            responseCode = "200",
            description = "The subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response getWebhook(@PathParam("webhookId") UUID id) {
        return ETags.ok(subscriptions.get(id));
    }

    @DELETE
    @Path("/{webhookId}")
    @Operation(
            summary = "Delete a webhook subscription",
            description = "With its delivery log; deliveries not yet made are dropped. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteWebhook(@PathParam("webhookId") UUID id, @HeaderParam("If-Match") String ifMatch) {
        subscriptions.delete(id, ifMatch);
    }

    @POST
    @Path("/{webhookId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Pause or resume a subscription",
            description =
                    "PAUSE keeps its deliveries until RESUME; RESUME also re-enables a subscription disabled after "
                            + "a day of failures, and sends what waited, in order. allowedActions lists what is allowed now; "
                            + "anything else is 409. If-Match is optional.")
    @APIResponse(
            responseCode = "200",
            description = "The subscription after the move",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response transitionWebhook(
            @PathParam("webhookId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SubscriptionTransition body) {
        return ETags.ok(subscriptions.transition(id, ifMatch, body.action()));
    }

    @POST
    @Path("/{webhookId}/secret-rotations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Rotate the signing secret",
            description =
                    "A new secret, shown this once. During the overlap (overlapHours, 0 to 168) each delivery carries two "
                            + "signatures in webhook-signature, with the new and the old secret, so a receiver can switch "
                            + "without missing one. If-Match is optional.")
    @APIResponse(
            responseCode = "200",
            description = "The subscription and its new secret",
            content = @Content(schema = @Schema(implementation = SubscriptionCreated.class)))
    public Response rotateWebhookSecret(
            @PathParam("webhookId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RotationRequest body) {
        SubscriptionCreated rotated = subscriptions.rotate(id, ifMatch, body);
        return ETags.ok(rotated, rotated.version());
    }

    @GET
    @Path("/{webhookId}/deliveries")
    @Operation(
            summary = "The delivery log of a subscription",
            description = "Newest first by default: each delivery's status, attempts, last response code and time. "
                    + "Sort by createdAt, nextAttemptAt, status.")
    public Page<DeliveryView> listWebhookDeliveries(
            @PathParam("webhookId") UUID id,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = DeliveryStatus.class)) String status,
            @BeanParam PageParams page) {
        return subscriptions.deliveries(
                id,
                Params.enumValue(DeliveryStatus.class, status, "status"),
                page.toRequest(SubscriptionService.DELIVERY_SORTABLE, "createdAt,desc"));
    }

    @GET
    @Path("/{webhookId}/deliveries/{deliveryId}")
    @Operation(
            summary = "One delivery of a subscription",
            description = "What was sent, how often, and the receiver's last answer. Its owner or an admin.")
    @APIResponse(
            responseCode = "200",
            description = "The delivery",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public DeliveryView getWebhookDelivery(@PathParam("webhookId") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return subscriptions.delivery(id, deliveryId);
    }

    @POST
    @Path("/{webhookId}/deliveries/{deliveryId}/redeliveries")
    @Operation(
            summary = "Send a delivery again",
            description = "Now, with the same webhook-id (a receiver that keeps ids drops the repeat), after the "
                    + "key's earlier pending deliveries; 409 while the subscription is PAUSED or DISABLED (RESUME sends "
                    + "what waits).")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response redeliverWebhookDelivery(
            @PathParam("webhookId") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(subscriptions.redeliver(id, deliveryId)).build();
    }
}
