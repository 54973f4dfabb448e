package io.alliancehub.members.domain;

/** A seat holder's role on a committee. */
public enum SeatRole {
    CHAIR,
    VICE_CHAIR,
    SECRETARY_GENERAL,
    MEMBER
}
