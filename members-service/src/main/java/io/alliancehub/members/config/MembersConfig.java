package io.alliancehub.members.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** members-service settings, under {@code members.*}. */
@ConfigMapping(prefix = "members")
public interface MembersConfig {

    Membership membership();

    interface Membership {
        /** Length of a membership term started by ACTIVATE or RENEW when the request names no end. */
        @WithDefault("1")
        int termYears();

        /** Days after the term's end before a GRACE membership LAPSES. */
        @WithDefault("30")
        int gracePeriodDays();

        /** How often the date-driven GRACE/LAPSED sweep runs (read by MembershipSweep's schedule). */
        @WithDefault("10m")
        String sweepEvery();

        /** Time zone whose calendar date decides when terms end. */
        @WithDefault("Asia/Shanghai")
        String zone();
    }
}
