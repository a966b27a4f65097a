package io.retort;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import io.retort.dialect.postgres.PostgresNaming;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which package of retort-core may use which (see "Project layout" in the README). Each rule lists
 * the io.retort packages a package may use besides its own; what lies outside io.retort (the JDK,
 * jakarta.persistence, the declared libraries) is not restricted here, except the PostgreSQL driver.
 */
class LayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.retort");

    /** The root package's value types, which every package may use; the facade Retort is not one. */
    private static final DescribedPredicate<JavaClass> ROOT_VALUES = belongToAnyOf(
            Migration.class, Revision.class, TransactionMode.class, Redaction.class, DurationText.class, JsonText.class,
            RetortEvent.class, RetortListener.class)
            .or(resideInAPackage("io.retort").and(assignableTo(RetortException.class)))
            .as("the root value types");

    /** {@code pkg} (with its subpackages) uses no io.retort package but its own, {@code allowed} and the root values. */
    private static void mayUseOnly(String pkg, String... allowed) {
        String[] own = Stream.concat(Stream.of(pkg + ".."), Stream.of(allowed)).toArray(String[]::new);
        classes().that().resideInAPackage(pkg + "..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("io.retort..")
                        .or(resideInAnyPackage(own))
                        .or(ROOT_VALUES))
                .check(MAIN);
    }

    @Test
    void theRuntimeUsesTheGraphOperationsScriptsAndTheDialectInterface() {
        mayUseOnly("io.retort.runtime", "io.retort.graph..", "io.retort.ops..", "io.retort.script..", "io.retort.dialect");
    }

    @Test
    void dialectsUseOperationsAndTheSchemaModel() {
        mayUseOnly("io.retort.dialect", "io.retort.ops..", "io.retort.schema..");
    }

    @Test
    void theInterfaceOfDialectsKnowsNoDialect() {
        noClasses().that().resideInAPackage("io.retort.dialect")
                .should().dependOnClassesThat().resideInAPackage("io.retort.dialect.postgres..")
                .check(MAIN);
    }

    @Test
    void scriptsUseOperationsAndTheGraph() {
        // authoring asks the graph where a new revision goes; Migration (a root value) takes Ops
        mayUseOnly("io.retort.script", "io.retort.ops..", "io.retort.graph..");
    }

    @ParameterizedTest
    @ValueSource(strings = {"compile", "index", "authoring"})
    void theSubpackagesOfScriptDoNotUseEachOther(String sub) {
        noClasses().that().resideInAPackage("io.retort.script." + sub + "..")
                .should().dependOnClassesThat(resideInAPackage("io.retort.script..")
                        .and(not(resideInAnyPackage("io.retort.script", "io.retort.script." + sub + ".."))))
                .check(MAIN);
    }

    @Test
    void autogenerateUsesTheSchemaOperationsScriptsEntitiesAndTheDialect() {
        // The differ reads types and names as PostgreSQL prints them (the schema model's normal
        // form), so it may use PostgresNaming's quoting rule; nothing else of dialect.postgres.
        classes().that().resideInAPackage("io.retort.autogen..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("io.retort..")
                        .or(resideInAnyPackage("io.retort.autogen..", "io.retort.schema..", "io.retort.ops..",
                                "io.retort.script..", "io.retort.entity..", "io.retort.dialect"))
                        .or(belongToAnyOf(PostgresNaming.class))
                        .or(ROOT_VALUES))
                .check(MAIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.retort.graph", "io.retort.ops", "io.retort.schema", "io.retort.entity",
            "io.retort.embedded", "io.retort.config"})
    void theFoundationsUseNoOtherPackage(String pkg) {
        mayUseOnly(pkg);
    }

    @Test
    void safetyChecksUseTheRuntimeOperationsAndSchemaComparisons() {
        // verify inspects a scratch database (PostgresInspector) and compares snapshots (autogen's rendering)
        mayUseOnly("io.retort.safety", "io.retort.runtime..", "io.retort.ops..", "io.retort.graph..",
                "io.retort.schema..", "io.retort.autogen..", "io.retort.dialect..");
    }

    @Test
    void fleetsUseTheConfigurationTheGraphAndTheRuntime() {
        // A fleet plans from the graph and runs each target through TargetDatabase, which the root implements.
        mayUseOnly("io.retort.fleet", "io.retort.config..", "io.retort.graph..", "io.retort.runtime..");
    }

    @Test
    void onlyTheRootUsesTheFacade() {
        noClasses().that().resideOutsideOfPackage("io.retort")
                .should().dependOnClassesThat(belongToAnyOf(Retort.class))
                .check(MAIN);
    }

    @Test
    void onlyPostgresPackagesUseTheDriversOwnClasses() {
        // The embedded server is PostgreSQL itself: it hashes its password with the driver's own code.
        noClasses().that().resideOutsideOfPackages("io.retort.dialect.postgres..", "io.retort.embedded..")
                .should().dependOnClassesThat().resideInAPackage("org.postgresql..")
                .check(MAIN);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("io.retort.(*)..").should().beFreeOfCycles().check(MAIN);
        slices().matching("io.retort.(**)").should().beFreeOfCycles().check(MAIN);
    }
}
