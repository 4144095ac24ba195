package dev.platformconsultant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package graph of the production code, read from the compiled classes: no cycles, the
 * composition root imported by nobody, the core knowing no adapter, the benchmarks used only by the
 * command line. Run alone with {@code ./mvnw -q test -Dtest=PackageStructureTest}.
 */
class PackageStructureTest {
  private static final String BASE = "dev.platformconsultant";
  private static JavaClasses classes;

  @BeforeAll
  static void read() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void nothingImportsTheCompositionRoot() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE)
        .check(classes);
  }

  @Test
  void theCoreKnowsNoAdapter() {
    noClasses()
        .that()
        .resideInAnyPackage(
            BASE + ".app..",
            BASE + ".evaluation..",
            BASE + ".consultant..",
            BASE + ".model..",
            BASE + ".knowledge..",
            BASE + ".llm..",
            BASE + ".review..",
            BASE + ".adr..",
            BASE + ".security..",
            BASE + ".text..",
            BASE + ".config..",
            BASE + ".ops..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            BASE + ".slack..", BASE + ".cli..", BASE + ".bench..", "com.slack..", "picocli..")
        .check(classes);
  }

  @Test
  void onlyTheCommandLineRunsTheBenchmarks() {
    noClasses()
        .that()
        .resideOutsideOfPackages(BASE + ".bench..", BASE + ".cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE + ".bench..")
        .check(classes);
  }
}
