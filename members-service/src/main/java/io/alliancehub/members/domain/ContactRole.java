package io.alliancehub.members.domain;

/** A contact person's role in the alliance. */
public enum ContactRole {
    PRIMARY_REPRESENTATIVE,
    DEPUTY_REPRESENTATIVE,
    LIAISON,
    TECHNICAL_CONTACT,
    PRESS_CONTACT,
    OTHER
}
