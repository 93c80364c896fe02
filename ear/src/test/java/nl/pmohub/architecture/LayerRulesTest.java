package nl.pmohub.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency rules of docs/architecture.md ("Layers"), checked over the compiled classes of the ejb,
 * web and api modules: web/api → application → domain; infrastructure implements the application's ports;
 * a context reaches another only through its application (published ports) and domain (value types),
 * never through its infrastructure, web or api.
 */
class LayerRulesTest {

    private static final List<Path> MODULES = List.of(Path.of("../ejb/target/classes"), Path.of("../web/target/classes"),
            Path.of("../api/target/classes"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        MODULES.forEach(module -> assertThat(Files.isDirectory(module)).as("compiled classes in " + module).isTrue());
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPaths(MODULES);
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("nl.pmohub.planning."))).as("planning classes").hasSizeGreaterThan(50);
    }

    @Test
    void theDomainKnowsNoOtherLayer() {
        check(noClasses().that().resideInAPackage("nl.pmohub..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.pmohub..application..", "nl.pmohub..infrastructure..",
                        "nl.pmohub..web..", "nl.pmohub..api.."));
    }

    /** Repositories are ports of the application ({@code MilestoneRepository}), implemented in infrastructure ({@code JpaMilestoneRepository}). */
    @Test
    void theApplicationKnowsNoInfrastructure() {
        check(noClasses().that().resideInAPackage("nl.pmohub..application..")
                .should().dependOnClassesThat().resideInAPackage("nl.pmohub..infrastructure.."));
    }

    @Test
    void applicationAndInfrastructureKnowNoScreenOrEndpoint() {
        check(noClasses().that().resideInAnyPackage("nl.pmohub..application..", "nl.pmohub..infrastructure..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.pmohub..web..", "nl.pmohub..api.."));
    }

    /**
     * Two exceptions, both wiring of the wars rather than screens or endpoints: the per-war OIDC resolvers
     * and filters extend the tenancy's HTTP infrastructure (built to be shared by both wars), and the
     * sign-out servlet reads the deployment's URLs from {@code Settings}; Faces plumbing that CDI does not
     * create finds its beans through {@code BeanLookup}.
     */
    @Test
    void screensAndEndpointsGoThroughTheApplication() {
        check(noClasses().that().resideInAnyPackage("nl.pmohub..web..", "nl.pmohub..api..")
                .should().dependOnClassesThat(resideInAPackage("nl.pmohub..infrastructure..")
                        .and(not(resideInAPackage("nl.pmohub.tenancy.infrastructure.http..")))
                        .and(not(name("nl.pmohub.shared.infrastructure.Settings")))
                        .and(not(name("nl.pmohub.shared.infrastructure.BeanLookup")))));
    }

    /**
     * {@code CDI.current().select(…).get()} keeps every dependent reference it hands out until the
     * application stops; one such call per request filled the heap under load. Code that CDI does not
     * create goes through {@code BeanLookup}, which looks up once.
     */
    @Test
    void beansAreLookedUpOnceThroughBeanLookup() {
        check(noClasses().that().doNotHaveFullyQualifiedName("nl.pmohub.shared.infrastructure.BeanLookup")
                .should().callMethod("jakarta.enterprise.inject.spi.CDI", "current"));
    }

    @Test
    void noContextReachesIntoAnotherContextsInfrastructureScreensOrEndpoints() {
        check(classes().that().resideInAPackage("nl.pmohub..").should(new ArchCondition<>("stay out of other contexts' infrastructure, web and api") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = context(origin);
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    String other = context(target);
                    if (other != null && !other.equals(own) && !other.equals("shared") && isPrivateLayer(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        }));
    }

    /**
     * Business contexts depend on each other one way only (planning on portfolio, never back): a context
     * that shows its facts on another's screen does it as a part of that screen in its own package, like
     * planning's alerts on the dashboard. The kernel ({@code shared}) and the platform ({@code tenancy})
     * are used by all; their own uses of a context (the project page's frame reads the portfolio) are not
     * counted, or every context would be in a cycle with them.
     */
    @Test
    void businessContextsDependOnEachOtherWithoutCycles() {
        check(slices().matching("nl.pmohub.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAnyPackage("nl.pmohub.shared..", "nl.pmohub.tenancy.."), alwaysTrue()));
    }

    /**
     * Every entity outside the platform's own registry stands on the kernel ({@code TenantOwned}), so it
     * has the {@code @TenantId} column that Hibernate filters and row-level security walls — except the
     * marketplace's platform records (professionals), which belong to no tenant (docs/adr/0005).
     */
    @Test
    void everyEntityOutsideThePlatformRegistryIsOwnedByATenant() {
        check(classes().that().areAnnotatedWith("jakarta.persistence.Entity").and().resideOutsideOfPackage("nl.pmohub.tenancy..")
                .and().areNotAssignableTo("nl.pmohub.shared.domain.PlatformRecord")
                .should().beAssignableTo("nl.pmohub.shared.domain.TenantOwned"));
    }

    /** Records without a tenant exist only where the platform keeps what all tenants share: the marketplace. */
    @Test
    void onlyTheMarketplaceKeepsPlatformRecords() {
        check(classes().that().areAssignableTo("nl.pmohub.shared.domain.PlatformRecord").and().doNotHaveSimpleName("PlatformRecord")
                .should().resideInAPackage("nl.pmohub.marketplace.domain.."));
    }

    private static String context(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("nl.pmohub.")) {
            return null;
        }
        String rest = name.substring("nl.pmohub.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isPrivateLayer(JavaClass type) {
        String name = type.getPackageName();
        return name.contains(".infrastructure") || name.contains(".web") || name.contains(".api");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
