package io.alliancehub.contracts.events.notifications;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.events.EventTypes;
import io.alliancehub.contracts.schema.MinLength;
import io.alliancehub.contracts.schema.Minimum;
import io.alliancehub.contracts.schema.Required;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#WEBHOOK_SUBSCRIPTION_DISABLED}; its JSON Schema is generated from this record. It
 * names the target by host only: a partner's URL may carry a token of its own in its path or query.
 */
@JsonClassDescription("A webhook subscription whose deliveries had failed for the configured time (a day) was "
        + "disabled. Its deliveries are kept and sent, in order, once its owner resumes it. Its owner is also told "
        + "by e-mail when the subscription names a notice address. Carries no personal data: the owner is a "
        + "partner system's token subject, the target is its host only, no e-mail address.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookSubscriptionDisabled(
        @JsonPropertyDescription("Id of the subscription; also the Kafka record key and the CloudEvents subject.")
        @Required
        UUID subscriptionId,

        @JsonPropertyDescription("The partner system that owns the subscription (its token subject).")
        @Required
        @MinLength(1)
        String owner,

        @JsonPropertyDescription("Host of the subscription's target URL.") @Required @MinLength(1)
        String targetHost,

        @JsonPropertyDescription("When the run of failed deliveries began (RFC 3339 with offset).") @Required
        OffsetDateTime failingSince,

        @JsonPropertyDescription("The last delivery's failure: an HTTP status with the start of the response, or the "
                + "connection error.")
        @Required
        @MinLength(1)
        String lastError,

        @JsonPropertyDescription("Deliveries waiting for the subscription to be resumed, when it was disabled.")
        @Required
        @Minimum(0)
        long pendingDeliveries,

        @JsonPropertyDescription(
                "When the subscription was disabled (RFC 3339 with offset); also the CloudEvents " + "time (ce_time).")
        @Required
        OffsetDateTime occurredAt) {

    public WebhookSubscriptionDisabled {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(targetHost, "targetHost");
        Objects.requireNonNull(failingSince, "failingSince");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
