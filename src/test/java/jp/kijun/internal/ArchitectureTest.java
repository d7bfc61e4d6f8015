package jp.kijun.internal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of DESIGN.md: each package one job, Drools only in engine, nothing depends on cli. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.kijun");

    @Test
    void onlyTheEngineImportsDrools() {
        noClasses().that().resideOutsideOfPackage("jp.kijun.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("jp.kijun.cli..")
                .should().dependOnClassesThat().resideInAPackage("jp.kijun.cli..")
                .check(classes);
    }

    @Test
    void theCatalogAndTheFactsStandAlone() {
        noClasses().that().resideInAnyPackage("jp.kijun.catalog..", "jp.kijun.facts..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.kijun.engine..", "jp.kijun.report..",
                        "jp.kijun.gate..", "jp.kijun.tailoring..", "jp.kijun.config..")
                .check(classes);
    }
}
