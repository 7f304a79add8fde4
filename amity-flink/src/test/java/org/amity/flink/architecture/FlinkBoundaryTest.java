package org.amity.flink.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Flink module's boundary: the job is built from the core's own classes (parsers, events, the
 * store's Parquet writer) and Flink, nothing else of Amity; the core never names the job, and the
 * application reaches it only as a separate program (its jar), never as a dependency.
 */
class FlinkBoundaryTest {
  private static final JavaClasses FLINK =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.amity.flink");

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.amity");

  static final ArchRule ONLY_CORE_AND_FLINK =
      classes()
          .that()
          .resideInAPackage("org.amity.flink..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.amity..",
              "org.apache.flink..",
              // the Kafka client's records, headers and offset strategy, for the Kafka source
              "org.apache.kafka..",
              // Flink's serialization API (custom serializers) and its logging facade
              "com.esotericsoftware.kryo..",
              "org.slf4j..",
              // the core's JSON library, for the job manifest
              "com.fasterxml.jackson..",
              "java..",
              "javax.annotation..")
          .as("the Flink job depends on the core, Flink (with Kafka's client) and the JDK only");

  static final ArchRule NO_SQL =
      noClasses()
          .that()
          .resideInAPackage("org.amity.flink..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "org.duckdb..")
          .as("the Flink job reaches DuckDB only through the core's store.duckdb");

  static final ArchRule CORE_NEVER_NAMES_THE_JOB =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.amity.flink..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.amity.flink..")
          .as("no core class depends on the Flink job");

  @Test
  void theJobDependsOnTheCoreAndFlinkOnly() {
    ONLY_CORE_AND_FLINK.check(FLINK);
  }

  @Test
  void theJobWritesNoSqlOfItsOwn() {
    NO_SQL.check(FLINK);
  }

  @Test
  void theJobWasImported() {
    assertThat(FLINK.contain("org.amity.flink.AmityFlinkJob")).isTrue();
    assertThat(CORE.contain("org.amity.event.Event")).isTrue();
  }

  @Test
  void noCoreClassDependsOnTheJob() {
    CORE_NEVER_NAMES_THE_JOB.check(CORE);
  }

  @Test
  void theApplicationDoesNotDependOnTheFlinkModule() throws IOException {
    Path appPom = Path.of("..", "amity-app", "pom.xml");
    assertThat(appPom).exists();
    assertThat(Files.readString(appPom))
        .as("amity-app runs the job as a separate program from its jar, it must not link it")
        .doesNotContain("<artifactId>amity-flink</artifactId>");
  }
}
