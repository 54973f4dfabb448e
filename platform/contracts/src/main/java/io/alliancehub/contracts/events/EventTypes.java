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

    private EventTypes() {
    }
}
