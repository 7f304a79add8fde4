package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark commands at toy sizes: they must keep working as the schema grows (their figures
 * are measured by hand and recorded in docs/benchmarks.md, never asserted here).
 */
class BenchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static JsonNode json(Cli.Run r) throws Exception {
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void buildsTheWebBenchmarkStoreWithEverySchemaColumnFilled() throws Exception {
    Path seed = TestData.file("gdelt/events/20161013151500.export.CSV");
    JsonNode j =
        json(
            Cli.run(
                "bench",
                "web-store",
                "--db",
                dir.resolve("web.duckdb").toString(),
                "--events",
                "20000",
                "--situations",
                "5",
                "--seed-file",
                seed.toString(),
                "--json"));
    assertThat(j.get("events").asLong()).isEqualTo(20_000);
    assertThat(j.get("situations").asLong()).isEqualTo(5);
    assertThat(j.get("alerts").asLong()).isPositive();
    assertThat(j.get("evidence").asLong()).isPositive();

    JsonNode events =
        json(
            Cli.run(
                "events",
                "--db",
                dir.resolve("web.duckdb").toString(),
                "--country",
                "THA",
                "--from",
                "2000-01-01",
                "--to",
                "2030-01-01",
                "--format",
                "json"));
    assertThat(events).isNotEmpty();
  }

  @Test
  void timesAWatchOverAReplicatedStore() throws Exception {
    Path seeds = TestData.file("gdelt/events/20161013151500.export.CSV").getParent();
    JsonNode j =
        json(
            Cli.run(
                "bench",
                "watch",
                "--events",
                "50000",
                "--seed-dir",
                seeds.toString(),
                "--work-dir",
                dir.toString(),
                "--json"));
    assertThat(j.get("events").asLong()).isEqualTo(50_000);
    assertThat(j.get("newEvents").asLong()).isPositive();
    assertThat(j.get("fullWatchSeconds").asDouble()).isPositive();
  }

  @Test
  void comparesIngestWithDuckDbsOwnReaderOnAGeneratedFile() throws Exception {
    Path seed = TestData.file("gdelt/events/20161013151500.export.CSV");
    JsonNode j =
        json(
            Cli.run(
                "bench",
                "ingest",
                "--rows",
                "30000",
                "--seed-file",
                seed.toString(),
                "--work-dir",
                dir.toString(),
                "--json"));
    assertThat(j.get("rows").asLong()).isEqualTo(30_000);
    assertThat(j.get("amitySeconds").asDouble()).isPositive();
    assertThat(j.get("duckdbSeconds").asDouble()).isPositive();
  }

  @Test
  void ingestsAFolderOfSmallFilesAndAccountsForEveryRow() throws Exception {
    Path seed = TestData.file("gdelt/events/20161013151500.export.CSV");
    JsonNode j =
        json(
            Cli.run(
                "bench",
                "backfill",
                "--files",
                "30",
                "--rows-per-file",
                "200",
                "--seed-file",
                seed.toString(),
                "--work-dir",
                dir.toString(),
                "--json"));
    assertThat(j.get("files").asInt()).isEqualTo(30);
    assertThat(j.get("rows").asLong()).isEqualTo(6_000);
    assertThat(j.get("accepted").asLong()).isEqualTo(6_000);
    assertThat(j.get("failed").asInt()).isZero();
    assertThat(j.get("yearEstimateMinutes").asDouble()).isPositive();
  }
}
