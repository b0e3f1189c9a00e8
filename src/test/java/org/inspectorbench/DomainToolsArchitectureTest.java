package org.inspectorbench;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Sampling and the veto checks are pure functions of recorded data, like scoring: the UI and the
 * workspace call them with values. Only the probe (monitoring.probe) touches the network.
 */
class DomainToolsArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.inspectorbench");

    @Test
    void samplingMonitoringAndCsvArePure() {
        noClasses().that().resideInAnyPackage("org.inspectorbench.sampling..", "org.inspectorbench.csv..")
                .or().resideInAPackage("org.inspectorbench.monitoring")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.io..", "java.nio.file..", "java.sql..", "java.net..", "javafx..",
                        "org.inspectorbench.store..", "org.inspectorbench.ui..", "org.inspectorbench.cli..")
                .check(CLASSES);
    }

    @Test
    void probeAndCalendarDoNotReachIntoCommandLineOrUi() {
        noClasses().that().resideInAnyPackage("org.inspectorbench.monitoring..", "org.inspectorbench.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("org.inspectorbench.cli..", "org.inspectorbench.ui..")
                .check(CLASSES);
    }
}
