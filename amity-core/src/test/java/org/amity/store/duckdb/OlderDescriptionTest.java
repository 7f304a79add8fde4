package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.amity.ingest.Format;
import org.amity.pipeline.WatchJob;
import org.amity.signal.Alert;
import org.amity.signal.AlertQuery;
import org.amity.signal.DetectorConfig;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts whose numbers do not move keep what was stored with them, so a store described by an
 * earlier version's rules (its evidence classes, its typology) would keep that description for
 * good. The rules' fingerprint stored with the alerts tells the watch: on a mismatch it describes
 * every alert again, once, keeping the alerts' ids.
 */
class OlderDescriptionTest {
  @TempDir Path dir;

  @Test
  void alertsDescribedByOtherRulesAreDescribedAgainOnceWithTheirIds() throws Exception {
    Path sim = dir.resolve("sim");
    new ScenarioSimulator(
            GdeltProfile.standard(),
            SimulationSettings.of(150, 7, LocalDate.of(2025, 1, 1), 250, null, null))
        .writeTo(sim, false);
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("a.duckdb"))) {
      ingestAll(store, sim);
      WatchJob.Report first = watch(store);
      assertThat(first.redescribed()).as("a first watch describes as it stores").isFalse();
      List<Alert> described = alerts(store);
      assertThat(described).as("the simulated run raises alerts").isNotEmpty();
      Alert withEvidence =
          described.stream().filter(a -> !a.evidence().isEmpty()).findFirst().orElseThrow();

      // what an older program would have left: other evidence and other types
      execute(store, "DELETE FROM alert_evidence WHERE alert_id = " + withEvidence.id());
      execute(store, "UPDATE alerts SET threat_types = '{\"inter-state\":1.0}'");
      WatchJob.Report same = watch(store);
      assertThat(same.redescribed()).isFalse();
      assertThat(alerts(store))
          .as("with the same rules, an alert whose numbers did not move is not described again")
          .isNotEqualTo(described);

      execute(store, "UPDATE watch_state SET value = 'older' WHERE key = 'described_with'");
      WatchJob.Report again = watch(store);
      assertThat(again.redescribed()).isTrue();
      assertThat(again.newIngests()).isZero();
      assertThat(alerts(store))
          .as("every alert as the rules now in force describe it")
          .isEqualTo(described);

      assertThat(watch(store).redescribed()).as("and only once").isFalse();
    }
  }

  static List<Alert> alerts(DuckDbEventStore store) {
    return DuckDbStorage.over(store).signals().alerts(AlertQuery.status("all"));
  }

  /** An incremental watch with the shipped detectors. */
  static WatchJob.Report watch(DuckDbEventStore store) {
    return new WatchJob(
            DuckDbStorage.over(store).watch(),
            DetectorConfig.standard(),
            WatchJob.Options.standard())
        .run(false);
  }

  static void execute(DuckDbEventStore store, String sql) throws Exception {
    try (Statement s = store.connection().createStatement()) {
      s.execute(sql);
    }
  }

  private static void ingestAll(DuckDbEventStore store, Path sim) throws IOException {
    try (var files = Files.list(sim)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".CSV")).sorted().toList()) {
        DailyIndicatorsMatchSqlTest.scan(store, f, Format.GDELT2);
      }
    }
  }
}
