package io.alliancehub.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The rule set fails on the wrong imports it exists for, and passes a service that keeps it (fixtures in io.alliancehub.archgood and archbad). */
class ServiceArchitectureTest {

    private static final JavaClasses GOOD = new ClassFileImporter().importPackages("io.alliancehub.archgood");
    private static final JavaClasses BAD = new ClassFileImporter().importPackages("io.alliancehub.archbad");

    @Test
    void aServiceThatKeepsTheLayersPasses() {
        assertThatCode(() -> {
                    ServiceArchitecture.LAYERS.check(GOOD);
                    ServiceArchitecture.NO_CYCLES.check(GOOD);
                    ServiceArchitecture.ENTITIES_STAY_BEHIND_SERVICES.check(GOOD);
                    ServiceArchitecture.RESOURCES_DO_NOT_TOUCH_THE_DATABASE.check(GOOD);
                })
                .doesNotThrowAnyException();
    }

    @Test
    void aServiceImportingFromApiFails() {
        assertThatThrownBy(() -> ServiceArchitecture.LAYERS.check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ThingService")
                .hasMessageContaining("ThingRequest");
    }

    @Test
    void aCycleBetweenPackagesFails() {
        assertThatThrownBy(() -> ServiceArchitecture.NO_CYCLES.check(BAD)).isInstanceOf(AssertionError.class);
    }

    @Test
    void anEntityInAResourceFails() {
        assertThatThrownBy(() -> ServiceArchitecture.ENTITIES_STAY_BEHIND_SERVICES.check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ThingResource");
    }
}
