package io.alliancehub.kit.security;

/** The three roles a token can carry in its {@code groups} claim. */
public final class Roles {

    /** The alliance secretariat. */
    public static final String ADMIN = "admin";
    /** A member organisation's representative; the token's {@code org} claim names the organisation. */
    public static final String MEMBER = "member";
    /** A partner system (client-credentials token, optional {@code org}). */
    public static final String PARTNER = "partner";

    private Roles() {}
}
