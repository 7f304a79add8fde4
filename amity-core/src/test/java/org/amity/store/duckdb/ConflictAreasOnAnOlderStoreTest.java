package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.amity.ingest.Format;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectorConfig;
import org.amity.signal.Scope;
import org.amity.signal.SituationGrouper;
import org.amity.signal.daily.IndicatorDay;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store watched before the land conflict areas were on (an older version, or a {@code --config}
 * without them) holds none of their past days; the first watch with them on builds every day once,
 * as a first watch does, so their series have their history and equal a full watch's. So does a
 * store whose areas were built with other divisions than the current ones.
 */
class ConflictAreasOnAnOlderStoreTest {
  @TempDir Path dir;

  @Test
  void theFirstWatchWithTheAreasOnBuildsTheirPastDaysOnce() throws Exception {
    Path sim = simulated("sim", 120, 7);
    DetectorConfig withoutAreas = DetectorConfig.parse(shippedWithoutAreas(), "without areas");
    assertThat(withoutAreas.theatres()).isFalse();
    assertThat(DetectorConfig.standard().theatres()).isTrue();

    List<IndicatorDay> upgraded;
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("older.duckdb"))) {
      ingestAll(store, sim);
      watch(store, withoutAreas, false);
      assertThat(IndicatorTwins.storedDays(store))
          .extracting(IndicatorDay::scope)
          .doesNotContain(Scope.THEATRE);
      // the watch records the grouping gaps of the detectors it ran (related situations read them)
      assertThat(DuckDbStorage.over(store).signals().groupingGaps())
          .isEqualTo(SituationGrouper.gaps(withoutAreas.specs()))
          .containsEntry(Scope.THEATRE, SituationGrouper.DAY_GAP_DAYS);
      // nothing new was ingested: only the missing areas make this watch do any work
      WatchJob.Report first = watch(store, DetectorConfig.standard(), false);
      assertThat(first.affectedDays()).isPositive();
      assertThat(DuckDbStorage.over(store).signals().groupingGaps())
          .containsEntry(Scope.THEATRE, SituationGrouper.MONTH_GAP_DAYS);
      upgraded = IndicatorTwins.storedDays(store);
      WatchJob.Report second = watch(store, DetectorConfig.standard(), false);
      assertThat(second.newIngests()).as("the next watch is incremental again").isZero();
      assertThat(second.affectedDays()).isZero();
    }
    List<IndicatorDay> fresh;
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("fresh.duckdb"))) {
      ingestAll(store, sim);
      watch(store, DetectorConfig.standard(), true);
      fresh = IndicatorTwins.storedDays(store);
    }
    assertThat(upgraded).extracting(IndicatorDay::scope).contains(Scope.THEATRE);
    IndicatorTwins.assertSameRows(upgraded, fresh);
  }

  @Test
  void aStoreWhoseAreasWereBuiltWithOtherDivisionsBuildsThemAgainOnce() throws Exception {
    Path sim = simulated("sim2", 60, 11);
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("divisions.duckdb"))) {
      ingestAll(store, sim);
      watch(store, DetectorConfig.standard(), false);
      List<IndicatorDay> built = IndicatorTwins.storedDays(store);
      assertThat(watch(store, DetectorConfig.standard(), false).affectedDays()).isZero();
      try (Statement s = store.connection().createStatement()) {
        // the marker an earlier version wrote (its areas had other divisions: no ID36 in Papua)
        s.execute("UPDATE watch_state SET value = 'on' WHERE key = 'theatres'");
      }
      WatchJob.Report again = watch(store, DetectorConfig.standard(), false);
      assertThat(again.affectedDays()).as("every day is built again").isPositive();
      IndicatorTwins.assertSameRows(IndicatorTwins.storedDays(store), built);
      assertThat(watch(store, DetectorConfig.standard(), false).affectedDays())
          .as("then the watch is incremental again")
          .isZero();
    }
  }

  @Test
  void aStoreWatchedByTheOlderRuleOfIncidentsIsCountedAgainOnce() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("rule.duckdb"))) {
      DailyIndicatorsMatchSqlTest.ingest(store, "recorded", RecordedIncidents.events());
      watch(store, DetectorConfig.standard(), false);
      List<IndicatorDay> built = IndicatorTwins.storedDays(store);
      assertThat(watch(store, DetectorConfig.standard(), false).affectedDays()).isZero();
      try (Statement s = store.connection().createStatement()) {
        // what an Amity before the rule left: no marker, and every key of a day one incident
        s.execute("DELETE FROM watch_state WHERE key = 'incident_rule'");
        s.execute(
            "UPDATE indicator_days SET incidents = least(incidents, 1), mc_incidents ="
                + " least(mc_incidents, 1), pirate_incidents = least(pirate_incidents, 1)");
      }
      WatchJob.Report again = watch(store, DetectorConfig.standard(), false);
      assertThat(again.affectedDays()).as("every day is counted again").isPositive();
      IndicatorTwins.assertSameRows(IndicatorTwins.storedDays(store), built);
      assertThat(
              IndicatorTwins.storedDays(store).stream()
                  .filter(d -> d.subject().equals("WORLD"))
                  .mapToLong(d -> d.counts().incidents())
                  .sum())
          .isEqualTo(RecordedIncidents.INCIDENTS.stream().mapToLong(Long::longValue).sum());
      assertThat(watch(store, DetectorConfig.standard(), false).affectedDays())
          .as("then the watch is incremental again")
          .isZero();
    }
  }

  /**
   * A simulated run of {@code days} from 2025-01-01 with {@code seed}, written under {@code name}.
   */
  private Path simulated(String name, int days, long seed) throws IOException {
    Path sim = dir.resolve(name);
    new ScenarioSimulator(
            GdeltProfile.standard(),
            SimulationSettings.of(days, seed, LocalDate.of(2025, 1, 1), 250, null, null))
        .writeTo(sim, false);
    return sim;
  }

  private static WatchJob.Report watch(
      DuckDbEventStore store, DetectorConfig config, boolean full) {
    return new WatchJob(DuckDbStorage.over(store).watch(), config, WatchJob.Options.standard())
        .run(full);
  }

  private static void ingestAll(DuckDbEventStore store, Path sim) throws IOException {
    try (var files = Files.list(sim)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".CSV")).sorted().toList()) {
        DailyIndicatorsMatchSqlTest.scan(store, f, Format.GDELT2);
      }
    }
  }

  /** The shipped detectors' text without the conflict areas' spec. */
  private static String shippedWithoutAreas() throws IOException {
    try (InputStream in =
        DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.startsWith("spec.theatre_"))
          .collect(Collectors.joining("\n"));
    }
  }
}
