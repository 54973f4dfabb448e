package io.alliancehub.contracts.events;

/**
 * CloudEvents {@code type} values ({@code ce_type} header). Pattern:
 * {@code io.alliancehub.<service>.<aggregate>.<event>.v<major>}.
 */
public final class EventTypes {

    /** Prefix shared by every type of the suite. */
    public static final String PREFIX = "io.alliancehub.";

    // members-service, topic alliance.members.v1

    /** An organisation was registered. Payload {@link io.alliancehub.contracts.events.members.OrganizationRegistered}. */
    public static final String ORGANIZATION_REGISTERED = "io.alliancehub.members.organization.registered.v1";
    /** An organisation's public data changed. Payload {@link io.alliancehub.contracts.events.members.OrganizationUpdated}. */
    public static final String ORGANIZATION_UPDATED = "io.alliancehub.members.organization.updated.v1";
    /** A membership changed status. Payload {@link io.alliancehub.contracts.events.members.MembershipStatusChanged}. */
    public static final String MEMBERSHIP_STATUS_CHANGED = "io.alliancehub.members.membership.status-changed.v1";

    // events-service, topic alliance.events.v1; key: event id

    /**
     * An event was published (moved from DRAFT to PUBLISHED).
     * Payload {@link io.alliancehub.contracts.events.events.EventPublished}.
     */
    public static final String EVENT_PUBLISHED = "io.alliancehub.events.event.published.v1";
    /**
     * A published event changed (data or status, other than cancellation and completion).
     * Payload {@link io.alliancehub.contracts.events.events.EventUpdated}.
     */
    public static final String EVENT_UPDATED = "io.alliancehub.events.event.updated.v1";
    /**
     * An event was cancelled (from any state before COMPLETED).
     * Payload {@link io.alliancehub.contracts.events.events.EventCancelled}.
     */
    public static final String EVENT_CANCELLED = "io.alliancehub.events.event.cancelled.v1";
    /**
     * An event was completed (by an organiser or date-driven after its end).
     * Payload {@link io.alliancehub.contracts.events.events.EventCompleted}.
     */
    public static final String EVENT_COMPLETED = "io.alliancehub.events.event.completed.v1";
    /**
     * A registration was confirmed: a seat is taken, directly or by promotion from the waitlist.
     * Payload {@link io.alliancehub.contracts.events.events.RegistrationConfirmed}.
     */
    public static final String REGISTRATION_CONFIRMED = "io.alliancehub.events.registration.confirmed.v1";
    /**
     * A registration was put on the waitlist because the event is full.
     * Payload {@link io.alliancehub.contracts.events.events.RegistrationWaitlisted}.
     */
    public static final String REGISTRATION_WAITLISTED = "io.alliancehub.events.registration.waitlisted.v1";
    /**
     * A registration was cancelled (from any state before CHECKED_IN); a confirmed one frees a seat.
     * Payload {@link io.alliancehub.contracts.events.events.RegistrationCancelled}.
     */
    public static final String REGISTRATION_CANCELLED = "io.alliancehub.events.registration.cancelled.v1";
    /**
     * The attendee of a confirmed registration checked in at the event.
     * Payload {@link io.alliancehub.contracts.events.events.AttendeeCheckedIn}.
     */
    public static final String ATTENDEE_CHECKED_IN = "io.alliancehub.events.attendee.checked-in.v1";

    // agreements-service, topic alliance.agreements.v1; key: agreement id

    /**
     * An agreement was drafted (created in status DRAFT).
     * Payload {@link io.alliancehub.contracts.events.agreements.AgreementDrafted}.
     */
    public static final String AGREEMENT_DRAFTED = "io.alliancehub.agreements.agreement.drafted.v1";
    /**
     * An agreement was signed; its text is immutable from now on.
     * Payload {@link io.alliancehub.contracts.events.agreements.AgreementSigned}.
     */
    public static final String AGREEMENT_SIGNED = "io.alliancehub.agreements.agreement.signed.v1";
    /**
     * A signed agreement became active (in force).
     * Payload {@link io.alliancehub.contracts.events.agreements.AgreementActivated}.
     */
    public static final String AGREEMENT_ACTIVATED = "io.alliancehub.agreements.agreement.activated.v1";
    /**
     * An amendment to an agreement was made: a new, linked agreement whose amendsId is the amended one.
     * Payload {@link io.alliancehub.contracts.events.agreements.AgreementAmended}.
     */
    public static final String AGREEMENT_AMENDED = "io.alliancehub.agreements.agreement.amended.v1";
    /**
     * A signed or active agreement was terminated early.
     * Payload {@link io.alliancehub.contracts.events.agreements.AgreementTerminated}.
     */
    public static final String AGREEMENT_TERMINATED = "io.alliancehub.agreements.agreement.terminated.v1";
    /**
     * An active agreement's effective period ends soon (date-driven reminder).
     * Payload {@link io.alliancehub.contracts.events.agreements.AgreementExpiring}.
     */
    public static final String AGREEMENT_EXPIRING = "io.alliancehub.agreements.agreement.expiring.v1";
    /**
     * An active agreement's effective period ended (date-driven move to EXPIRED).
     * Payload {@link io.alliancehub.contracts.events.agreements.AgreementExpired}.
     */
    public static final String AGREEMENT_EXPIRED = "io.alliancehub.agreements.agreement.expired.v1";
    /**
     * An active agreement was completed (its deliverables were met).
     * Payload {@link io.alliancehub.contracts.events.agreements.AgreementCompleted}.
     */
    public static final String AGREEMENT_COMPLETED = "io.alliancehub.agreements.agreement.completed.v1";
    /**
     * A milestone of an agreement was done.
     * Payload {@link io.alliancehub.contracts.events.agreements.MilestoneCompleted}.
     */
    public static final String MILESTONE_COMPLETED = "io.alliancehub.agreements.milestone.completed.v1";
    /**
     * A milestone passed its due date without being done (date-driven).
     * Payload {@link io.alliancehub.contracts.events.agreements.MilestoneOverdue}.
     */
    public static final String MILESTONE_OVERDUE = "io.alliancehub.agreements.milestone.overdue.v1";
    /**
     * The standing of a party organisation of a live agreement changed, following its membership.
     * Payload {@link io.alliancehub.contracts.events.agreements.PartyStandingChanged}.
     */
    public static final String AGREEMENT_PARTY_STANDING_CHANGED = "io.alliancehub.agreements.agreement.party-standing-changed.v1";

    private EventTypes() {
    }
}
