package io.alliancehub.notifications;

import io.alliancehub.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The layering every service keeps: the rules are test-kit's {@link ServiceArchitecture}. */
class ArchitectureTest {

    @Test
    void dependenciesPointOneWay() {
        ServiceArchitecture.verify("io.alliancehub.notifications");
    }
}
