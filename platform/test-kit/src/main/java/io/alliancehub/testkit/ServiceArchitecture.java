package io.alliancehub.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The structure every service keeps, written once; each service's {@code ArchitectureTest} runs
 * {@link #verify(String)} on its own classes:
 * <pre>
 *   api ──────► service ──► domain        api        JAX-RS resources and query-parameter beans: HTTP only
 *   messaging ─►    │                     service    use cases; service.model: their input and output records
 *   (config: read by all)                 domain     entities, value types, state machines
 *                                         messaging  consumers of other services' events
 * </pre>
 * Dependencies point one way: nothing imports {@code api} or {@code messaging}; {@code domain}
 * imports neither {@code service} nor the layers above; there are no cycles between packages;
 * entities stay behind the service layer (resources and the records a service answers with never
 * hold one); resources never touch the entity manager.
 */
public final class ServiceArchitecture {

    private static final String API = "..api..";
    private static final String SERVICE = "..service..";
    private static final String DOMAIN = "..domain..";
    private static final String MESSAGING = "..messaging..";
    private static final String CONFIG = "..config..";

    private ServiceArchitecture() {}

    /** Checks every rule against the main classes under {@code rootPackage} (e.g. io.alliancehub.members). */
    public static void verify(String rootPackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        if (classes.isEmpty()) {
            throw new AssertionError("no classes under " + rootPackage);
        }
        for (ArchRule rule :
                List.of(LAYERS, NO_CYCLES, ENTITIES_STAY_BEHIND_SERVICES, RESOURCES_DO_NOT_TOUCH_THE_DATABASE)) {
            rule.check(classes);
        }
    }

    @ArchTest
    public static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("api")
            .definedBy(API)
            .layer("service")
            .definedBy(SERVICE)
            .layer("domain")
            .definedBy(DOMAIN)
            .layer("messaging")
            .definedBy(MESSAGING)
            .layer("config")
            .definedBy(CONFIG)
            .whereLayer("api")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("messaging")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("service")
            .mayOnlyBeAccessedByLayers("api", "messaging")
            // api may name domain value types (codes, enums); entities are kept out by ENTITIES_STAY_BEHIND_SERVICES
            .whereLayer("domain")
            .mayOnlyBeAccessedByLayers("api", "service", "messaging")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule NO_CYCLES = slices().matching("io.alliancehub.(*).(*)..")
            .should()
            .beFreeOfCycles()
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule ENTITIES_STAY_BEHIND_SERVICES = noClasses()
            .that()
            .resideInAnyPackage(API, "..service.model..")
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(Entity.class)
            .because(
                    "resources and the records a service answers with are the wire format; entities never leave the service layer")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule RESOURCES_DO_NOT_TOUCH_THE_DATABASE = noClasses()
            .that()
            .resideInAPackage(API)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class)
            .because("persistence is the service layer's")
            .allowEmptyShould(true);
}
