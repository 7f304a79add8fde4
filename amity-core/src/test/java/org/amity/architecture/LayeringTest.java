package org.amity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the engine free of the application, and the domain model free of storage. */
class LayeringTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.amity");

  @Test
  void coreNeverDependsOnTheApplication() {
    noClasses()
        .that()
        .resideInAPackage("org.amity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.amity.app..", "io.javalin..", "picocli..")
        .check(CORE);
  }

  @Test
  void eventModelKnowsNothingOfIngestOrStorage() {
    noClasses()
        .that()
        .resideInAPackage("org.amity.event..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.amity.ingest..", "org.amity.store..", "java.sql..", "org.duckdb..")
        .check(CORE);
  }

  @Test
  void onlyTheDuckDbStoreTalksToDuckDb() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.amity.store.duckdb..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.duckdb..")
        .check(CORE);
  }
}
