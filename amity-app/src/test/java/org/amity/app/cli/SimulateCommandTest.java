package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void writesDailyFilesAndTruthThatTheIngestAccepts() throws Exception {
    Path out = dir.resolve("sim");
    Cli.Run r =
        Cli.run(
            "simulate",
            "--days",
            "60",
            "--seed",
            "3",
            "--rows-per-day",
            "100",
            "--out",
            out.toString(),
            "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("files").asInt()).isEqualTo(60);
    assertThat(j.get("episodes").asInt()).isEqualTo(4);
    assertThat(Files.exists(out.resolve("truth.json"))).isTrue();
    assertThat(Files.exists(out.resolve("20250301000000.export.CSV"))).isTrue();

    Cli.Run ingest =
        Cli.run(
            "ingest",
            "gdelt",
            "--db",
            dir.resolve("a.duckdb").toString(),
            "--json",
            "--region",
            "asean",
            out.resolve("20250301000000.export.CSV").toString());
    JsonNode k = JSON.readTree(ingest.out());
    assertThat(k.get("rejected").asLong()).isZero();
    assertThat(k.get("filtered").asLong()).isZero();
    assertThat(k.get("accepted").asLong()).isPositive();
  }

  @Test
  void refusesAFolderWithAnEarlierRunUnlessToldToOverwrite() {
    String out = dir.resolve("sim").toString();
    String[] args = {"simulate", "--days", "60", "--rows-per-day", "60", "--out", out, "--json"};
    assertThat(Cli.run(args).exit()).isZero();
    Cli.Run again = Cli.run(args);
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("--overwrite");
    String[] overwrite = {
      "simulate", "--days", "60", "--rows-per-day", "60", "--out", out, "--overwrite", "--json"
    };
    assertThat(Cli.run(overwrite).exit()).isZero();
  }

  @Test
  void badSettingsAreBadUsage() {
    assertThat(Cli.run("simulate", "--days", "10", "--out", dir.toString()).exit()).isEqualTo(2);
    assertThat(Cli.run("simulate", "--days", "90").exit()).isEqualTo(2);
  }

  @Test
  void calibratePrintsAProfileOfCountsOnly() throws Exception {
    Path f =
        Files.write(
            dir.resolve("x.CSV"), java.util.List.of(org.amity.testing.GdeltLines.v2().toString()));
    Cli.Run r = Cli.run("simulate", "calibrate", f.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("rows").asLong()).isEqualTo(1);
    assertThat(j.get("quadClass").get("4").asLong()).isEqualTo(1);
  }
}
