package org.amity.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded job jar, as {@code amity flink run} and {@code flink run} use it: it exists under its
 * fixed name, its manifest names the job's main class, it holds the core and Flink, and it runs on
 * its own (a MiniCluster) with the documented exit codes.
 */
class JobJarIT {
  private static final Path JAR = Path.of("target", "amity-flink-job.jar");

  @TempDir Path dir;

  @Test
  void theJarNamesTheJobAsItsMainClass() throws IOException {
    assertThat(JAR).exists();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("org.amity.flink.AmityFlinkJob");
      assertThat(jar.getEntry("org/amity/flink/AmityFlinkJob.class")).isNotNull();
      assertThat(jar.getEntry("org/amity/ingest/GdeltRowParser.class")).isNotNull();
      assertThat(jar.getEntry("org/apache/flink/connector/file/src/FileSource.class")).isNotNull();
      assertThat(jar.getEntry("org/apache/flink/connector/kafka/source/KafkaSource.class"))
          .isNotNull();
      assertThat(jar.getEntry("org/apache/kafka/clients/consumer/KafkaConsumer.class")).isNotNull();
    }
  }

  @Test
  void badArgumentsExitWithTwo() throws Exception {
    Process p = java("--out", dir.toString());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(dir.resolve("stderr.txt")).content().contains("--out is required");
  }

  @Test
  void theJarRunsABackfillOnItsOwn() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    List<String> rows = Files.readAllLines(TestData.file(JobFolders.SAMPLE));
    Files.write(in.resolve("sample.export.CSV"), rows.subList(0, 20));
    Path out = dir.resolve("out");
    Process p =
        java("--input", in.toString(), "--out", out.toString(), "--checkpoint-interval", "1");
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(stdout).isZero();
    JsonNode summary = new ObjectMapper().readTree(stdout);
    assertThat(summary.get("counts").get("events").asLong()).isEqualTo(20);
    assertThat(summary.get("rejects").asLong()).isZero();
    assertThat(out.resolve("_amity_job.json")).exists();
  }

  private Process java(String... args) throws IOException {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectError(dir.resolve("stderr.txt").toFile())
        .redirectOutput(ProcessBuilder.Redirect.PIPE)
        .start();
  }
}
