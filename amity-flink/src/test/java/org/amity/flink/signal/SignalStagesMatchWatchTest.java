package org.amity.flink.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.event.Event;
import org.amity.flink.JobOptions;
import org.amity.flink.TableStream;
import org.amity.ingest.EventSource;
import org.amity.pipeline.WatchJob;
import org.amity.signal.Alert;
import org.amity.signal.AlertQuery;
import org.amity.signal.DetectedAlert;
import org.amity.signal.DetectorConfig;
import org.amity.signal.daily.DailyIndicators;
import org.amity.signal.daily.IndicatorDay;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulationSettings;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbStorage;
import org.amity.store.duckdb.IndicatorTwins;
import org.amity.testing.TestData;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Equivalence of the two engines: on a simulated year plus the shared real files (GDELT 1.0 and
 * 2.0, ICEWS, ACLED), the signal stages on a local MiniCluster (parallelism 2) give the same daily
 * indicator values, in every scope, and the same alerts (subject, indicator, opened, closed, level,
 * and ids) as {@code watch --full} on the embedded store.
 */
class SignalStagesMatchWatchTest {
  @TempDir Path dir;

  @Test
  void aSimulatedYearAndTheRealFilesGiveTheWatchsDaysAndAlerts() throws Exception {
    List<Path> files = inputs();

    List<IndicatorDay> sqlDays;
    List<String> sqlAlerts = new ArrayList<>();
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("embedded.duckdb"))) {
      for (Path f : files) {
        try (EventSource s = FileEvents.open(f)) {
          store.ingest(s, null);
        }
      }
      DuckDbStorage storage = DuckDbStorage.over(store);
      new WatchJob(storage.watch(), DetectorConfig.standard(), WatchJob.Options.standard())
          .run(true);
      sqlDays = IndicatorTwins.storedDays(store);
      for (Alert a : storage.signals().alerts(AlertQuery.status("all").withoutEvidence())) {
        sqlAlerts.add(
            line(a.id(), a.scope().key(), a.subject(), a.indicator(), a.resolution().key())
                + line(a.opened(), a.closed(), a.level().key()));
      }
    }

    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    DataStream<Event> events =
        env.fromData(files.stream().map(Path::toString).toList())
            .flatMap(new FileEvents())
            .keyBy(e -> e.dataset() + "|" + e.nativeId())
            .process(new FirstOfEach());
    JobOptions options =
        new JobOptions(
            dir.toString(),
            dir.resolve("out").toString(),
            2,
            false,
            null,
            java.time.Duration.ofSeconds(10),
            java.time.Duration.ofSeconds(10),
            null,
            List.of());
    List<TableStream<?>> tables = new SignalJob().attach(events, options);
    @SuppressWarnings("unchecked")
    DataStream<IndicatorDay> days = (DataStream<IndicatorDay>) tables.get(0).stream();
    @SuppressWarnings("unchecked")
    DataStream<AlertRow> alerts = (DataStream<AlertRow>) tables.get(1).stream();
    List<IndicatorDay> flinkDays = new ArrayList<>();
    List<String> flinkAlerts = new ArrayList<>();
    try (CloseableIterator<IndicatorDay> d = days.collectAsync();
        CloseableIterator<AlertRow> a = alerts.collectAsync()) {
      env.executeAsync("signal stages equivalence");
      d.forEachRemaining(flinkDays::add);
      a.forEachRemaining(
          r -> {
            DetectedAlert x = r.alert();
            flinkAlerts.add(
                line(r.id(), x.scope().key(), x.subject(), x.indicator(), x.resolution().key())
                    + line(x.opened(), x.closed(), x.level().key()));
          });
    }
    flinkDays.sort(DailyIndicators.ORDER);

    assertThat(sqlDays).as("the embedded store's daily rows").hasSizeGreaterThan(5000);
    assertThat(sqlDays).extracting(IndicatorDay::subject).contains("ASEAN", "WORLD");
    IndicatorTwins.assertSameRows(sqlDays, flinkDays);
    sqlAlerts.sort(null);
    flinkAlerts.sort(null);
    assertThat(sqlAlerts).as("alerts of a simulated year").hasSizeGreaterThan(10);
    assertThat(flinkAlerts)
        .as("alerts: id scope subject indicator resolution opened closed level")
        .isEqualTo(sqlAlerts);
  }

  /** A simulated year (as {@code amity simulate} writes it) and the shared real event files. */
  private List<Path> inputs() throws Exception {
    Path sim = dir.resolve("sim");
    SimulationSettings settings =
        SimulationSettings.of(365, 1, LocalDate.of(2025, 1, 1), 400, null, null);
    new ScenarioSimulator(GdeltProfile.standard(), settings).writeTo(sim, false);
    List<Path> files = new ArrayList<>();
    try (var list = Files.list(sim)) {
      list.filter(p -> p.toString().endsWith(".CSV")).sorted().forEach(files::add);
    }
    files.add(TestData.file("gdelt/events/20161013151500.export.CSV"));
    files.add(TestData.file("gdelt/events/20130401.export.CSV.gz"));
    files.add(TestData.file("icews/events.2018-06-01.sample.tab"));
    files.add(TestData.file("acled/acled_indonesia_2019-2020.csv"));
    return files;
  }

  private static String line(Object... parts) {
    StringBuilder b = new StringBuilder();
    for (Object p : parts) {
      b.append(p).append(' ');
    }
    return b.toString();
  }
}
