package io.alliancehub.contracts.events;

/**
 * CloudEvents {@code type} values ({@code ce_type} header). Pattern:
 * {@code io.alliancehub.<service>.<aggregate>.<event>.v<major>}. Each is an entry of the {@link EventCatalog}
 * (a test keeps the two in step); what an event means is described by its payload record.
 */
public final class EventTypes {

    /** Prefix shared by every type of the suite. */
    public static final String PREFIX = "io.alliancehub.";

    // members-service, topic alliance.members.v1; key: organisation id

    /** Payload {@link io.alliancehub.contracts.events.members.OrganizationRegistered}. */
    public static final String ORGANIZATION_REGISTERED = "io.alliancehub.members.organization.registered.v1";
    /** Payload {@link io.alliancehub.contracts.events.members.OrganizationUpdated}. */
    public static final String ORGANIZATION_UPDATED = "io.alliancehub.members.organization.updated.v1";
    /** Payload {@link io.alliancehub.contracts.events.members.MembershipStatusChanged}. */
    public static final String MEMBERSHIP_STATUS_CHANGED = "io.alliancehub.members.membership.status-changed.v1";

    // events-service, topic alliance.events.v1; key: event id

    /** Payload {@link io.alliancehub.contracts.events.events.EventPublished}. */
    public static final String EVENT_PUBLISHED = "io.alliancehub.events.event.published.v1";
    /** Payload {@link io.alliancehub.contracts.events.events.EventUpdated}. */
    public static final String EVENT_UPDATED = "io.alliancehub.events.event.updated.v1";
    /** Payload {@link io.alliancehub.contracts.events.events.EventCancelled}. */
    public static final String EVENT_CANCELLED = "io.alliancehub.events.event.cancelled.v1";
    /** Payload {@link io.alliancehub.contracts.events.events.EventCompleted}. */
    public static final String EVENT_COMPLETED = "io.alliancehub.events.event.completed.v1";
    /** Payload {@link io.alliancehub.contracts.events.events.RegistrationConfirmed}. */
    public static final String REGISTRATION_CONFIRMED = "io.alliancehub.events.registration.confirmed.v1";
    /** Payload {@link io.alliancehub.contracts.events.events.RegistrationWaitlisted}. */
    public static final String REGISTRATION_WAITLISTED = "io.alliancehub.events.registration.waitlisted.v1";
    /** Payload {@link io.alliancehub.contracts.events.events.RegistrationCancelled}. */
    public static final String REGISTRATION_CANCELLED = "io.alliancehub.events.registration.cancelled.v1";
    /** Payload {@link io.alliancehub.contracts.events.events.AttendeeCheckedIn}. */
    public static final String ATTENDEE_CHECKED_IN = "io.alliancehub.events.attendee.checked-in.v1";

    // agreements-service, topic alliance.agreements.v1; key: agreement id

    /** Payload {@link io.alliancehub.contracts.events.agreements.AgreementDrafted}. */
    public static final String AGREEMENT_DRAFTED = "io.alliancehub.agreements.agreement.drafted.v1";
    /** Payload {@link io.alliancehub.contracts.events.agreements.AgreementSigned}. */
    public static final String AGREEMENT_SIGNED = "io.alliancehub.agreements.agreement.signed.v1";
    /** Payload {@link io.alliancehub.contracts.events.agreements.AgreementPartySigned}. */
    public static final String AGREEMENT_PARTY_SIGNED = "io.alliancehub.agreements.agreement.party-signed.v1";
    /** Payload {@link io.alliancehub.contracts.events.agreements.AgreementActivated}. */
    public static final String AGREEMENT_ACTIVATED = "io.alliancehub.agreements.agreement.activated.v1";
    /** Payload {@link io.alliancehub.contracts.events.agreements.AgreementAmended}. */
    public static final String AGREEMENT_AMENDED = "io.alliancehub.agreements.agreement.amended.v1";
    /** Payload {@link io.alliancehub.contracts.events.agreements.AgreementTerminated}. */
    public static final String AGREEMENT_TERMINATED = "io.alliancehub.agreements.agreement.terminated.v1";
    /** Payload {@link io.alliancehub.contracts.events.agreements.AgreementExpiring}. */
    public static final String AGREEMENT_EXPIRING = "io.alliancehub.agreements.agreement.expiring.v1";
    /** Payload {@link io.alliancehub.contracts.events.agreements.AgreementExpired}. */
    public static final String AGREEMENT_EXPIRED = "io.alliancehub.agreements.agreement.expired.v1";
    /** Payload {@link io.alliancehub.contracts.events.agreements.AgreementCompleted}. */
    public static final String AGREEMENT_COMPLETED = "io.alliancehub.agreements.agreement.completed.v1";
    /** Payload {@link io.alliancehub.contracts.events.agreements.MilestoneCompleted}. */
    public static final String MILESTONE_COMPLETED = "io.alliancehub.agreements.milestone.completed.v1";
    /** Payload {@link io.alliancehub.contracts.events.agreements.MilestoneOverdue}. */
    public static final String MILESTONE_OVERDUE = "io.alliancehub.agreements.milestone.overdue.v1";
    /** Payload {@link io.alliancehub.contracts.events.agreements.PartyStandingChanged}. */
    public static final String AGREEMENT_PARTY_STANDING_CHANGED =
            "io.alliancehub.agreements.agreement.party-standing-changed.v1";

    // notifications-service, topic alliance.notifications.v1; key: subscription id

    /** Payload {@link io.alliancehub.contracts.events.notifications.WebhookSubscriptionDisabled}. */
    public static final String WEBHOOK_SUBSCRIPTION_DISABLED =
            "io.alliancehub.notifications.webhook-subscription.disabled.v1";

    private EventTypes() {}
}
