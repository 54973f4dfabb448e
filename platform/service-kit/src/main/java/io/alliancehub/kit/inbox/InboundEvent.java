package io.alliancehub.kit.inbox;

import java.time.OffsetDateTime;

/**
 * A CloudEvent received from another service, its payload decoded into the contract record that
 * {@code platform/contracts}' EventCatalog names for its type.
 */
public record InboundEvent(String id, String type, String source, String subject, OffsetDateTime time, Object payload) {

    /** The payload as {@code type}; fails when the event carries another payload. */
    public <T> T payload(Class<T> type) {
        return type.cast(payload);
    }
}
