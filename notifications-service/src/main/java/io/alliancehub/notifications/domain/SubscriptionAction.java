package io.alliancehub.notifications.domain;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the owner of a subscription may do with it: PAUSE an active one, RESUME a paused or disabled one. */
@Schema(description = "PAUSE (from ACTIVE) or RESUME (from PAUSED or DISABLED)")
public enum SubscriptionAction {
    PAUSE,
    RESUME;

    /** The status after this action, or null when it is not allowed from {@code from}. */
    public SubscriptionStatus from(SubscriptionStatus from) {
        return switch (this) {
            case PAUSE -> from == SubscriptionStatus.ACTIVE ? SubscriptionStatus.PAUSED : null;
            case RESUME -> from == SubscriptionStatus.ACTIVE ? null : SubscriptionStatus.ACTIVE;
        };
    }

    /** The actions allowed from {@code status}. */
    public static List<SubscriptionAction> allowedFrom(SubscriptionStatus status) {
        return Arrays.stream(values()).filter(a -> a.from(status) != null).toList();
    }
}
