package io.alliancehub.contracts.events;

import io.alliancehub.contracts.events.agreements.AgreementActivated;
import io.alliancehub.contracts.events.agreements.AgreementAmended;
import io.alliancehub.contracts.events.agreements.AgreementCompleted;
import io.alliancehub.contracts.events.agreements.AgreementDrafted;
import io.alliancehub.contracts.events.agreements.AgreementExpired;
import io.alliancehub.contracts.events.agreements.AgreementExpiring;
import io.alliancehub.contracts.events.agreements.AgreementPartySigned;
import io.alliancehub.contracts.events.agreements.AgreementSigned;
import io.alliancehub.contracts.events.agreements.AgreementTerminated;
import io.alliancehub.contracts.events.agreements.MilestoneCompleted;
import io.alliancehub.contracts.events.agreements.MilestoneOverdue;
import io.alliancehub.contracts.events.agreements.PartyStandingChanged;
import io.alliancehub.contracts.events.events.AttendeeCheckedIn;
import io.alliancehub.contracts.events.events.EventCancelled;
import io.alliancehub.contracts.events.events.EventCompleted;
import io.alliancehub.contracts.events.events.EventPublished;
import io.alliancehub.contracts.events.events.EventUpdated;
import io.alliancehub.contracts.events.events.RegistrationCancelled;
import io.alliancehub.contracts.events.events.RegistrationConfirmed;
import io.alliancehub.contracts.events.events.RegistrationWaitlisted;
import io.alliancehub.contracts.events.members.MembershipStatusChanged;
import io.alliancehub.contracts.events.members.OrganizationRegistered;
import io.alliancehub.contracts.events.members.OrganizationUpdated;
import io.alliancehub.contracts.events.notifications.WebhookSubscriptionDisabled;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Registry of every event type the suite publishes: type, topic and payload record. With the payload records
 * it is the single source of the event contracts: the schema location follows from the type
 * ({@link SchemaPaths#of}), the JSON Schemas are generated from the records, and the AsyncAPI document
 * ({@value SchemaPaths#ASYNCAPI}) from this catalog (see {@code ContractsDriftTest} in this module's tests).
 * To add an event type: its constant in {@link EventTypes}, its payload record, its entry here, samples in
 * the tests; then regenerate the contracts.
 */
public final class EventCatalog {

    private static final List<EventDescriptor> ALL = List.of(
            event(EventTypes.ORGANIZATION_REGISTERED, Topics.MEMBERS, OrganizationRegistered.class),
            event(EventTypes.ORGANIZATION_UPDATED, Topics.MEMBERS, OrganizationUpdated.class),
            event(EventTypes.MEMBERSHIP_STATUS_CHANGED, Topics.MEMBERS, MembershipStatusChanged.class),
            event(EventTypes.EVENT_PUBLISHED, Topics.EVENTS, EventPublished.class),
            event(EventTypes.EVENT_UPDATED, Topics.EVENTS, EventUpdated.class),
            event(EventTypes.EVENT_CANCELLED, Topics.EVENTS, EventCancelled.class),
            event(EventTypes.EVENT_COMPLETED, Topics.EVENTS, EventCompleted.class),
            // keyed by their event (to stay in order with it), but about a registration
            event(EventTypes.REGISTRATION_CONFIRMED, Topics.EVENTS, RegistrationConfirmed.class, "registrationId"),
            event(EventTypes.REGISTRATION_WAITLISTED, Topics.EVENTS, RegistrationWaitlisted.class, "registrationId"),
            event(EventTypes.REGISTRATION_CANCELLED, Topics.EVENTS, RegistrationCancelled.class, "registrationId"),
            event(EventTypes.ATTENDEE_CHECKED_IN, Topics.EVENTS, AttendeeCheckedIn.class, "registrationId"),
            event(EventTypes.AGREEMENT_DRAFTED, Topics.AGREEMENTS, AgreementDrafted.class),
            event(EventTypes.AGREEMENT_SIGNED, Topics.AGREEMENTS, AgreementSigned.class),
            event(EventTypes.AGREEMENT_PARTY_SIGNED, Topics.AGREEMENTS, AgreementPartySigned.class),
            event(EventTypes.AGREEMENT_ACTIVATED, Topics.AGREEMENTS, AgreementActivated.class),
            event(EventTypes.AGREEMENT_AMENDED, Topics.AGREEMENTS, AgreementAmended.class),
            event(EventTypes.AGREEMENT_TERMINATED, Topics.AGREEMENTS, AgreementTerminated.class),
            event(EventTypes.AGREEMENT_EXPIRING, Topics.AGREEMENTS, AgreementExpiring.class),
            event(EventTypes.AGREEMENT_EXPIRED, Topics.AGREEMENTS, AgreementExpired.class),
            event(EventTypes.AGREEMENT_COMPLETED, Topics.AGREEMENTS, AgreementCompleted.class),
            // keyed by their agreement, but about a milestone
            event(EventTypes.MILESTONE_COMPLETED, Topics.AGREEMENTS, MilestoneCompleted.class, "milestoneId"),
            event(EventTypes.MILESTONE_OVERDUE, Topics.AGREEMENTS, MilestoneOverdue.class, "milestoneId"),
            event(EventTypes.AGREEMENT_PARTY_STANDING_CHANGED, Topics.AGREEMENTS, PartyStandingChanged.class),
            event(EventTypes.WEBHOOK_SUBSCRIPTION_DISABLED, Topics.NOTIFICATIONS, WebhookSubscriptionDisabled.class));

    private static final Map<String, EventDescriptor> BY_TYPE;
    private static final Map<Class<?>, EventDescriptor> BY_PAYLOAD;

    static {
        Map<String, EventDescriptor> byType = new LinkedHashMap<>();
        Map<Class<?>, EventDescriptor> byPayload = new LinkedHashMap<>();
        for (EventDescriptor d : ALL) {
            if (byType.put(d.type(), d) != null) {
                throw new IllegalStateException("duplicate event type " + d.type());
            }
            if (byPayload.put(d.payloadType(), d) != null) {
                throw new IllegalStateException(
                        "payload type used twice: " + d.payloadType().getName());
            }
        }
        BY_TYPE = Map.copyOf(byType);
        BY_PAYLOAD = Map.copyOf(byPayload);
    }

    private EventCatalog() {}

    /** An entry whose CloudEvents subject is its record key. */
    private static EventDescriptor event(String type, String topic, Class<? extends Record> payload) {
        return event(type, topic, payload, keyProperty(topic));
    }

    private static EventDescriptor event(String type, String topic, Class<? extends Record> payload, String subject) {
        return new EventDescriptor(type, topic, payload, SchemaPaths.of(type), keyProperty(topic), subject);
    }

    /** The record key of a topic's events: the id of the producing service's aggregate. */
    private static String keyProperty(String topic) {
        return switch (topic) {
            case Topics.MEMBERS -> "organizationId";
            case Topics.EVENTS -> "eventId";
            case Topics.AGREEMENTS -> "agreementId";
            case Topics.NOTIFICATIONS -> "subscriptionId";
            default -> throw new IllegalArgumentException("unknown topic " + topic);
        };
    }

    /** Every event type, in a stable order. */
    public static List<EventDescriptor> all() {
        return ALL;
    }

    /** The entry for a CloudEvents type; empty if unknown (e.g. a newer producer's type). */
    public static Optional<EventDescriptor> byType(String type) {
        return Optional.ofNullable(type == null ? null : BY_TYPE.get(type));
    }

    /** The entry whose payload record is {@code payloadType}; empty if none. */
    public static Optional<EventDescriptor> byPayloadType(Class<?> payloadType) {
        return Optional.ofNullable(payloadType == null ? null : BY_PAYLOAD.get(payloadType));
    }

    /** The entry for a payload object, e.g. to pick type and topic when writing an outbox row. */
    public static EventDescriptor forPayload(Object payload) {
        Objects.requireNonNull(payload, "payload");
        return byPayloadType(payload.getClass())
                .orElseThrow(() -> new IllegalArgumentException("not an event payload of the catalog: "
                        + payload.getClass().getName()));
    }

    /** The entry for a CloudEvents type; fails if unknown. */
    public static EventDescriptor require(String type) {
        return byType(type).orElseThrow(() -> new IllegalArgumentException("unknown event type: " + type));
    }

    /** Every entry published to {@code topic}. */
    public static List<EventDescriptor> byTopic(String topic) {
        return ALL.stream().filter(d -> d.topic().equals(topic)).toList();
    }
}
