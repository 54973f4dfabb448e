package io.alliancehub.agreements.domain;

/**
 * Business actions on an agreement ({@code POST …/transitions}). EXPIRE is date-driven only; ACTIVATE also runs
 * by date. Signing is not an action: each party signs for itself ({@code POST …/signatures}, see {@link Signing}).
 */
public enum AgreementAction {
    SUBMIT_FOR_REVIEW,
    RETURN_TO_DRAFT,
    START_NEGOTIATION,
    ACTIVATE,
    COMPLETE,
    TERMINATE,
    EXPIRE
}
