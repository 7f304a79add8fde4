package org.amity.flink.signal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.amity.flink.AmityFlinkJob;
import org.amity.flink.JobOptions;
import org.amity.ingest.Format;
import org.amity.pipeline.IngestPipeline;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectorConfig;
import org.amity.signal.daily.IndicatorDay;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulationSettings;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbStorage;
import org.amity.store.duckdb.IndicatorTwins;
import org.amity.store.duckdb.ParquetOutputs;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Equivalence of the two engines: on a simulated year (as {@code amity simulate} writes it) plus
 * the shared real files (GDELT 1.0 and 2.0, ICEWS), the Flink job on a local MiniCluster at
 * parallelism 2 writes the daily indicator rows of every scope and the alerts that {@code amity
 * watch --full} stores in the embedded store from the same folder: the same days and counts
 * (Goldstein and tone sums within 1e-9 relative), and the same alerts, column by column (id,
 * subject, indicator, opened, closed, level, values, ...), but for the columns the watch fills from
 * evidence, which the job does not compute yet.
 */
class SignalStagesMatchWatchTest {
  /** Alert columns the watch reads from an alert's evidence, or from situations. */
  private static final List<String> FROM_EVIDENCE =
      List.of(
          "situation_id",
          "threat_types",
          "outside_power_share",
          "themes",
          "maritime_share",
          "humanitarian_share");

  @TempDir Path dir;

  @Test
  void aSimulatedYearAndTheRealFilesGiveTheWatchsDaysAndAlerts() throws Exception {
    Path in = inputs();
    Path out = dir.resolve("out");
    ObjectNode summary =
        AmityFlinkJob.run(
            JobOptions.parse(
                "--input", in.toString(), "--out", out.toString(), "--parallelism", "2"),
            new SignalJob());
    assertThat(summary.get("status").asText()).isEqualTo("finished");

    Path store = dir.resolve("embedded.duckdb");
    List<IndicatorDay> embedded;
    try (DuckDbEventStore s = DuckDbEventStore.open(store)) {
      new IngestPipeline(s, null, null)
          .run(List.of(in), IngestPipeline.formats(EnumSet.allOf(Format.class)));
      new WatchJob(
              DuckDbStorage.over(s).watch(), DetectorConfig.standard(), WatchJob.Options.standard())
          .run(true);
      embedded = IndicatorTwins.storedDays(s);
    }

    List<IndicatorDay> job = IndicatorTwins.parquetDays(out.resolve("indicator_days"));
    assertThat(embedded).as("the embedded store's daily rows").hasSizeGreaterThan(5000);
    assertThat(embedded).extracting(IndicatorDay::subject).contains("ASEAN", "WORLD", "CHN-PHL");
    IndicatorTwins.assertSameRows(embedded, job);

    assertThat(ParquetOutputs.storeRows(store, "alerts"))
        .as("alerts of the watch")
        .isGreaterThan(10);
    assertThat(ParquetOutputs.rows(out.resolve("alerts")))
        .isEqualTo(ParquetOutputs.storeRows(store, "alerts"));
    assertThat(ParquetOutputs.differences(store, out.resolve("alerts"), "alerts", FROM_EVIDENCE))
        .as("alerts differing between the job and watch --full")
        .isZero();
  }

  /** A simulated year's export files and the shared real event files, in one input folder. */
  private Path inputs() throws Exception {
    Path sim = dir.resolve("sim");
    Path in = Files.createDirectories(dir.resolve("in"));
    SimulationSettings settings =
        SimulationSettings.of(365, 1, LocalDate.of(2025, 1, 1), 400, null, null);
    new ScenarioSimulator(GdeltProfile.standard(), settings).writeTo(sim, false);
    try (var list = Files.list(sim)) {
      for (Path p : list.filter(f -> f.toString().endsWith(".CSV")).toList()) {
        Files.move(p, in.resolve(p.getFileName()));
      }
    }
    for (String real :
        List.of(
            "gdelt/events/20161013151500.export.CSV",
            "gdelt/events/20130401.export.CSV.gz",
            "icews/events.2018-06-01.sample.tab")) {
      Path f = TestData.file(real);
      Files.copy(f, in.resolve(f.getFileName()));
    }
    return in;
  }
}
