package org.amity.flink.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.flink.AmityFlinkJob;
import org.amity.flink.JobOptions;
import org.amity.flink.RunningJob;
import org.amity.ingest.Format;
import org.amity.pipeline.IngestPipeline;
import org.amity.pipeline.WatchJob;
import org.amity.signal.daily.IndicatorDay;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulationSettings;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.IndicatorTwins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A continuous job writes a day's indicators once the watermark has passed it, and what later files
 * add to a day as further rows: summed per day, the rows equal the embedded store's table for every
 * closed day.
 */
class ContinuousSignalsTest {
  private static final long PATIENCE_MILLIS = 240_000;

  @TempDir Path dir;

  @Test
  void closedDaysSumToTheEmbeddedStoresRows() throws Exception {
    Path sim = dir.resolve("sim");
    SimulationSettings settings =
        SimulationSettings.of(60, 3, LocalDate.of(2025, 3, 1), 150, null, null);
    ScenarioSimulator simulator = new ScenarioSimulator(GdeltProfile.standard(), settings);
    simulator.writeTo(sim, false);
    // a later day whose back-dated reports arrive after the days they are about were written
    simulator.writeDay(sim, settings.days() + 3);
    List<Path> files;
    try (var list = Files.list(sim)) {
      files = list.filter(f -> f.toString().endsWith(".CSV")).sorted().toList();
    }
    LocalDate closing = settings.start().plusDays(settings.days() + 6);
    Path late = closingDay(simulator, settings.days() + 6, closing);
    Path landing = Files.createDirectories(dir.resolve("landing"));
    Path out = dir.resolve("out");
    RunningJob job =
        AmityFlinkJob.start(
            JobOptions.parse(
                "--input",
                landing.toString(),
                "--out",
                out.toString(),
                "--continuous",
                "--monitor-interval",
                "1",
                "--checkpoint-interval",
                "1"),
            new SignalJob());

    Path store = dir.resolve("embedded.duckdb");
    List<IndicatorDay> embedded = new ArrayList<>();
    try (DuckDbEventStore s = DuckDbEventStore.open(store)) {
      new IngestPipeline(s, null, null)
          .run(files, IngestPipeline.formats(EnumSet.allOf(Format.class)));
      for (IndicatorDay d : IndicatorTwins.sqlDays(s, WatchJob.Options.standard().watchSet())) {
        if (d.day().isBefore(closing)) {
          embedded.add(d);
        }
      }
    }

    List<IndicatorDay> written = List.of();
    try {
      for (Path f : files) {
        land(f, landing);
      }
      Thread.sleep(3_000);
      // only reports of its own day: it moves the watermark past every earlier day, adding nothing
      land(late, landing);
      long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
      while (System.currentTimeMillis() < deadline) {
        Thread.sleep(1_000);
        if (Files.exists(out.resolve("indicator_days"))) {
          written = summedPerDay(IndicatorTwins.parquetDays(out.resolve("indicator_days")));
          if (written.size() >= embedded.size()) {
            break;
          }
        }
      }
    } finally {
      job.cancel();
    }
    assertThat(written).extracting(IndicatorDay::day).doesNotContain(closing);
    IndicatorTwins.assertSameRows(embedded, written);
  }

  private static void land(Path file, Path landing) throws java.io.IOException {
    Path hidden = landing.resolve("." + file.getFileName() + ".part");
    Files.copy(file, hidden);
    Files.move(hidden, landing.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
  }

  /** A simulated day's file keeping only the reports dated that day. */
  private Path closingDay(ScenarioSimulator simulator, int index, LocalDate day)
      throws java.io.IOException {
    Path raw = simulator.writeDay(Files.createDirectories(dir.resolve("closing")), index);
    String ymd = day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    List<String> same =
        Files.readAllLines(raw).stream().filter(l -> l.split("\t", 3)[1].equals(ymd)).toList();
    assertThat(same).isNotEmpty();
    Path out = dir.resolve(raw.getFileName());
    Files.write(out, same);
    return out;
  }

  private static List<IndicatorDay> summedPerDay(List<IndicatorDay> rows) {
    Map<String, IndicatorDay> out = new LinkedHashMap<>();
    for (IndicatorDay d : rows) {
      out.merge(
          d.scope().key() + "|" + d.subject() + "|" + d.day(),
          d,
          (a, b) -> new IndicatorDay(a.scope(), a.subject(), a.day(), a.counts().plus(b.counts())));
    }
    List<IndicatorDay> list = new ArrayList<>(out.values());
    list.sort(org.amity.signal.daily.DailyIndicators.ORDER);
    return list;
  }
}
