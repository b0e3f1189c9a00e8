package org.inspectorbench;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of the brief: only ui touches JavaFX; rubric and scoring stay pure. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.inspectorbench");
    }

    @Test
    void onlyUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.inspectorbench.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void rubricAndScoringArePure() {
        noClasses().that().resideInAnyPackage("org.inspectorbench.rubric..", "org.inspectorbench.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.io..", "java.nio.file..", "java.sql..", "java.net..", "javafx..",
                        "org.inspectorbench.store..", "org.inspectorbench.ui..", "org.inspectorbench.cli..")
                .check(classes);
    }

    @Test
    void coreDoesNotDependOnCommandLineOrUi() {
        noClasses().that().resideInAnyPackage("org.inspectorbench.rubric..", "org.inspectorbench.scoring..",
                        "org.inspectorbench.calendar..", "org.inspectorbench.store..", "org.inspectorbench.evidence..",
                        "org.inspectorbench.bundle..", "org.inspectorbench.report..", "org.inspectorbench.signing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.inspectorbench.cli..", "org.inspectorbench.ui..")
                .check(classes);
    }

    /** Sampling and the veto checks are pure functions of recorded data; only monitoring.probe uses the network. */
    @Test
    void samplingMonitoringAndCsvArePure() {
        noClasses().that().resideInAnyPackage("org.inspectorbench.sampling..", "org.inspectorbench.csv..")
                .or().resideInAPackage("org.inspectorbench.monitoring")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.io..", "java.nio.file..", "java.sql..", "java.net..", "javafx..",
                        "org.inspectorbench.store..", "org.inspectorbench.ui..", "org.inspectorbench.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.inspectorbench.monitoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.inspectorbench.cli..", "org.inspectorbench.ui..")
                .check(classes);
    }
}
