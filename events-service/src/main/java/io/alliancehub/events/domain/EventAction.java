package io.alliancehub.events.domain;

/** Business actions on an event ({@code POST /api/v1/events/{id}/transitions}). START and COMPLETE also run by date. */
public enum EventAction {
    PUBLISH,
    OPEN_REGISTRATION,
    CLOSE_REGISTRATION,
    START,
    COMPLETE,
    CANCEL
}
