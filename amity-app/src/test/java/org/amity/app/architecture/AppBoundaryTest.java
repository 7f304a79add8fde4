package org.amity.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The store boundary in the application: the CLI and the web use the core's interfaces, never SQL
 * or the DuckDB classes; only the start-up wiring ({@code org.amity.app.store}) opens the DuckDB
 * store, and the benchmarks (which measure that store itself) build theirs through it. No package
 * cycles. Each rule is also run on a class that breaks it on purpose.
 */
class AppBoundaryTest {
  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.amity.app");

  private static final JavaClasses VIOLATIONS =
      new ClassFileImporter().importPackages("org.amity.app.architecture.violations");

  static final ArchRule NO_SQL =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "org.duckdb..")
          .as("no java.sql or org.duckdb in the application");

  static final ArchRule ONLY_THE_WIRING_NAMES_THE_STORE =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.amity.app.store..", "org.amity.app.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.amity.store.duckdb..")
          .as("the CLI and the web depend on the core's store interfaces, not on store.duckdb");

  static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .matching("org.amity.app.(**)")
          .should()
          .beFreeOfCycles()
          .as("no package cycles in the application");

  @Test
  void noSqlInTheApplication() {
    NO_SQL.check(APP);
  }

  @Test
  void sqlRuleFailsOnSql() {
    assertThatThrownBy(() -> NO_SQL.check(VIOLATIONS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("CliNamingTheStore");
  }

  @Test
  void onlyTheWiringNamesTheDuckDbStore() {
    ONLY_THE_WIRING_NAMES_THE_STORE.check(APP);
  }

  @Test
  void wiringRuleFailsOnAClassNamingTheStore() {
    assertThatThrownBy(() -> ONLY_THE_WIRING_NAMES_THE_STORE.check(VIOLATIONS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("DuckDbStorage");
  }

  @Test
  void applicationPackagesHaveNoCycles() {
    NO_PACKAGE_CYCLES.check(APP);
  }

  @Test
  void cycleRuleFailsOnACycle() {
    assertThatThrownBy(
            () ->
                slices()
                    .matching("org.amity.app.architecture.violations.(**)")
                    .should()
                    .beFreeOfCycles()
                    .check(VIOLATIONS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("cycle");
  }
}
