package io.alliancehub.kit.security;

/** The roles a token can carry in its {@code groups} claim. */
public final class Roles {

    /** The alliance secretariat. */
    public static final String ADMIN = "admin";
    /** A member organisation's representative; the token's {@code org} claim names the organisation. */
    public static final String MEMBER = "member";
    /** A partner system (client-credentials token, optional {@code org}). */
    public static final String PARTNER = "partner";
    /**
     * A gate device at an event's entrance: it scans tickets ({@code POST …/check-ins}) and reads the
     * check-in counts, and nothing else (kit.security.GateDevicePolicy).
     */
    public static final String CHECKIN = "checkin";
    /**
     * notifications-service calling an owning service for the addresses of the people it e-mails (an attendee,
     * an organisation's representatives) at send time; the operations for that are the only ones it may call.
     */
    public static final String NOTIFIER = "notifier";

    private Roles() {}
}
