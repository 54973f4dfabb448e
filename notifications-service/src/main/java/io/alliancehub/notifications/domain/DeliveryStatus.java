package io.alliancehub.notifications.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delivery is PENDING until its receiver answers 2xx; it is never dropped. */
@Schema(description = "PENDING: not yet accepted by the receiver (it is retried); DELIVERED: the receiver answered 2xx")
public enum DeliveryStatus {
    PENDING,
    DELIVERED
}
