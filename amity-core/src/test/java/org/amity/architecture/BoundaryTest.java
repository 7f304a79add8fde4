package org.amity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The store boundary in the engine: SQL and DuckDB only in {@code store.duckdb}, which implements
 * the interfaces the rest defines; and no package cycles. Each rule is also run on classes that
 * break it on purpose, to show it can fail.
 */
class BoundaryTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.amity");

  private static final JavaClasses VIOLATIONS =
      new ClassFileImporter().importPackages("org.amity.architecture.violations");

  static final ArchRule NO_SQL_OUTSIDE_THE_STORE =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.amity.store.duckdb..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "org.duckdb..")
          .as("no java.sql or org.duckdb outside org.amity.store.duckdb");

  static final ArchRule NO_PACKAGE_CYCLES =
      slices().matching("org.amity.(**)").should().beFreeOfCycles().as("no package cycles");

  static final ArchRule ONLY_THE_STORE_IMPLEMENTS_ITSELF =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.amity.store.duckdb..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.amity.store.duckdb..")
          .as("nothing else in the engine depends on the DuckDB store's classes");

  @Test
  void sqlAndDuckDbStayInTheStore() {
    NO_SQL_OUTSIDE_THE_STORE.check(CORE);
  }

  @Test
  void sqlRuleFailsOnSqlOutsideTheStore() {
    assertThatThrownBy(() -> NO_SQL_OUTSIDE_THE_STORE.check(VIOLATIONS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("SqlOutsideTheStore");
  }

  @Test
  void corePackagesHaveNoCycles() {
    NO_PACKAGE_CYCLES.check(CORE);
  }

  @Test
  void cycleRuleFailsOnACycle() {
    assertThatThrownBy(
            () ->
                slices()
                    .matching("org.amity.architecture.violations.(**)")
                    .should()
                    .beFreeOfCycles()
                    .check(VIOLATIONS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("cycle");
  }

  @Test
  void theEngineSeesOnlyInterfacesOfTheStore() {
    ONLY_THE_STORE_IMPLEMENTS_ITSELF.check(CORE);
  }

  @Test
  void interfaceRuleFailsOnAClassThatNamesTheStore() {
    JavaClasses naming = new ClassFileImporter().importClasses(NamesTheDuckDbStore.class);
    assertThatThrownBy(() -> ONLY_THE_STORE_IMPLEMENTS_ITSELF.check(naming))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("NamesTheDuckDbStore");
  }

  /** Breaks the rule on purpose: outside the store, it names the DuckDB implementation. */
  static final class NamesTheDuckDbStore {
    org.amity.store.duckdb.DuckDbStorage store;
  }
}
