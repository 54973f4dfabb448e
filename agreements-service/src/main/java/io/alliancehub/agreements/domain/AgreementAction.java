package io.alliancehub.agreements.domain;

/** Business actions on an agreement ({@code POST …/transitions}). EXPIRE is date-driven only; ACTIVATE also runs by date. */
public enum AgreementAction {
    SUBMIT_FOR_REVIEW,
    RETURN_TO_DRAFT,
    START_NEGOTIATION,
    SIGN,
    ACTIVATE,
    COMPLETE,
    TERMINATE,
    EXPIRE
}
