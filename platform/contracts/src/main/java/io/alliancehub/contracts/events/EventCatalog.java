package io.alliancehub.contracts.events;

import io.alliancehub.contracts.events.agreements.AgreementActivated;
import io.alliancehub.contracts.events.agreements.AgreementAmended;
import io.alliancehub.contracts.events.agreements.AgreementCompleted;
import io.alliancehub.contracts.events.agreements.AgreementDrafted;
import io.alliancehub.contracts.events.agreements.AgreementExpired;
import io.alliancehub.contracts.events.agreements.AgreementExpiring;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Registry of every event type the suite publishes: type → topic, payload record, JSON Schema.
 * The AsyncAPI document ({@value SchemaPaths#ASYNCAPI}) lists the same entries.
 */
public final class EventCatalog {

    private static final List<EventDescriptor> ALL = List.of(
            new EventDescriptor(EventTypes.ORGANIZATION_REGISTERED, Topics.MEMBERS,
                    OrganizationRegistered.class, SchemaPaths.ORGANIZATION_REGISTERED_V1),
            new EventDescriptor(EventTypes.ORGANIZATION_UPDATED, Topics.MEMBERS,
                    OrganizationUpdated.class, SchemaPaths.ORGANIZATION_UPDATED_V1),
            new EventDescriptor(EventTypes.MEMBERSHIP_STATUS_CHANGED, Topics.MEMBERS,
                    MembershipStatusChanged.class, SchemaPaths.MEMBERSHIP_STATUS_CHANGED_V1),
            new EventDescriptor(EventTypes.EVENT_PUBLISHED, Topics.EVENTS,
                    EventPublished.class, SchemaPaths.EVENT_PUBLISHED_V1),
            new EventDescriptor(EventTypes.EVENT_UPDATED, Topics.EVENTS,
                    EventUpdated.class, SchemaPaths.EVENT_UPDATED_V1),
            new EventDescriptor(EventTypes.EVENT_CANCELLED, Topics.EVENTS,
                    EventCancelled.class, SchemaPaths.EVENT_CANCELLED_V1),
            new EventDescriptor(EventTypes.EVENT_COMPLETED, Topics.EVENTS,
                    EventCompleted.class, SchemaPaths.EVENT_COMPLETED_V1),
            new EventDescriptor(EventTypes.REGISTRATION_CONFIRMED, Topics.EVENTS,
                    RegistrationConfirmed.class, SchemaPaths.REGISTRATION_CONFIRMED_V1),
            new EventDescriptor(EventTypes.REGISTRATION_WAITLISTED, Topics.EVENTS,
                    RegistrationWaitlisted.class, SchemaPaths.REGISTRATION_WAITLISTED_V1),
            new EventDescriptor(EventTypes.REGISTRATION_CANCELLED, Topics.EVENTS,
                    RegistrationCancelled.class, SchemaPaths.REGISTRATION_CANCELLED_V1),
            new EventDescriptor(EventTypes.ATTENDEE_CHECKED_IN, Topics.EVENTS,
                    AttendeeCheckedIn.class, SchemaPaths.ATTENDEE_CHECKED_IN_V1),
            new EventDescriptor(EventTypes.AGREEMENT_DRAFTED, Topics.AGREEMENTS,
                    AgreementDrafted.class, SchemaPaths.AGREEMENT_DRAFTED_V1),
            new EventDescriptor(EventTypes.AGREEMENT_SIGNED, Topics.AGREEMENTS,
                    AgreementSigned.class, SchemaPaths.AGREEMENT_SIGNED_V1),
            new EventDescriptor(EventTypes.AGREEMENT_ACTIVATED, Topics.AGREEMENTS,
                    AgreementActivated.class, SchemaPaths.AGREEMENT_ACTIVATED_V1),
            new EventDescriptor(EventTypes.AGREEMENT_AMENDED, Topics.AGREEMENTS,
                    AgreementAmended.class, SchemaPaths.AGREEMENT_AMENDED_V1),
            new EventDescriptor(EventTypes.AGREEMENT_TERMINATED, Topics.AGREEMENTS,
                    AgreementTerminated.class, SchemaPaths.AGREEMENT_TERMINATED_V1),
            new EventDescriptor(EventTypes.AGREEMENT_EXPIRING, Topics.AGREEMENTS,
                    AgreementExpiring.class, SchemaPaths.AGREEMENT_EXPIRING_V1),
            new EventDescriptor(EventTypes.AGREEMENT_EXPIRED, Topics.AGREEMENTS,
                    AgreementExpired.class, SchemaPaths.AGREEMENT_EXPIRED_V1),
            new EventDescriptor(EventTypes.AGREEMENT_COMPLETED, Topics.AGREEMENTS,
                    AgreementCompleted.class, SchemaPaths.AGREEMENT_COMPLETED_V1),
            new EventDescriptor(EventTypes.MILESTONE_COMPLETED, Topics.AGREEMENTS,
                    MilestoneCompleted.class, SchemaPaths.MILESTONE_COMPLETED_V1),
            new EventDescriptor(EventTypes.MILESTONE_OVERDUE, Topics.AGREEMENTS,
                    MilestoneOverdue.class, SchemaPaths.MILESTONE_OVERDUE_V1),
            new EventDescriptor(EventTypes.AGREEMENT_PARTY_STANDING_CHANGED, Topics.AGREEMENTS,
                    PartyStandingChanged.class, SchemaPaths.AGREEMENT_PARTY_STANDING_CHANGED_V1));

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
                throw new IllegalStateException("payload type used twice: " + d.payloadType().getName());
            }
        }
        BY_TYPE = Map.copyOf(byType);
        BY_PAYLOAD = Map.copyOf(byPayload);
    }

    private EventCatalog() {
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
        return byPayloadType(payload.getClass()).orElseThrow(() -> new IllegalArgumentException(
                "not an event payload of the catalog: " + payload.getClass().getName()));
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
