package io.alliancehub.notifications.service.model;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSubscriptionRequest", description = "A webhook subscription, as a partner system writes it.")
public record SubscriptionRequest(
        @Schema(
                description = "Where deliveries are POSTed: an https (or http) URL on a public address. Redirects are "
                        + "not followed; loopback, link-local and private-range addresses are refused.",
                example = "https://partner.example.org/alliance-hub/webhooks")
        @NotNull
        @Size(max = 2000)
        String url,

        @Schema(
                description = "CloudEvents types to receive: exact types, or a prefix ending in .* (each must "
                        + "match at least one type the suite publishes; see the AsyncAPI document).",
                example =
                        "[\"io.alliancehub.events.registration.*\", \"io.alliancehub.agreements.agreement.signed.v1\"]")
        @NotEmpty
        @Size(max = 50)
        List<@Size(max = 200) String> eventTypes,

        @Schema(
                description = "What it is for, for the partner's own operators.",
                example = "Hospital HIS registration sync")
        @Size(max = 500)
        String description,

        @Schema(
                description = "The partner system that owns the subscription (its token's subject). Required "
                        + "when an admin creates one for a partner; a partner's own subscriptions are always its own, "
                        + "and a partner that sends another owner gets 403.",
                example = "his-gateway-of-dalian-central-hospital")
        @Size(max = 200)
        String owner,

        @Schema(
                description = "Where its owner is told by e-mail when the subscription is disabled (its deliveries "
                        + "failed for a day). Optional; kept only for that notice.",
                example = "integration-team@partner.example.org")
        @Email
        @Size(max = 254)
        String noticeEmail,

        @Schema(description = "Language of that notice: zh (the default) or en.", example = "en")
        @Pattern(regexp = "zh|en")
        @Size(max = 2)
        String noticeLanguage) {}
