package io.alliancehub.notifications.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a webhook subscription's deliveries are sent. */
@Schema(
        description = "ACTIVE: deliveries are sent. PAUSED: by its owner; deliveries are kept and sent after RESUME. "
                + "DISABLED: its deliveries failed for a day; they are kept and sent after RESUME.")
public enum SubscriptionStatus {
    ACTIVE,
    PAUSED,
    DISABLED
}
