package io.alliancehub.agreements.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** agreements-service settings ({@code agreements.*}). */
@ConfigMapping(prefix = "agreements")
public interface AgreementsConfig {

    /** Zone in which dates (effective period, due dates) turn over. */
    @WithDefault("Asia/Shanghai")
    String zone();

    /** agreement.expiring is published this many days before effectiveTo. */
    @WithDefault("30")
    int expiringNoticeDays();

    /** How often the date-driven sweep runs. */
    @WithDefault("10m")
    String sweepEvery();
}
