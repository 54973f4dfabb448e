package io.alliancehub.members.domain;

/** Kinds of alliance bodies. */
public enum CommitteeKind {
    PREPARATORY_GROUP,
    SECRETARIAT,
    COUNCIL,
    EXPERT_COMMITTEE,
    WORKING_GROUP,
    OTHER
}
