package io.alliancehub.events.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** events-service settings ({@code events.*}). */
@ConfigMapping(prefix = "events")
public interface EventsConfig {

    /** Zone of events that name none, and of date-driven moves. */
    @WithDefault("Asia/Shanghai")
    String defaultZone();

    Lifecycle lifecycle();

    interface Lifecycle {
        /** How often the date-driven START/COMPLETE sweep runs. */
        @WithDefault("1m")
        String sweepEvery();
    }
}
