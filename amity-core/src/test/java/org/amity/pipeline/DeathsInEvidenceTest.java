package org.amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.amity.ingest.ucdp.GedSource;
import org.amity.signal.Alert;
import org.amity.signal.AlertQuery;
import org.amity.signal.DetectorConfig;
import org.amity.signal.Evidence;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbStorage;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alerts the watch raises on the shared UCDP GED sample carry the deaths of their evidence
 * events, as stored and as read back, in numbers and in words.
 */
class DeathsInEvidenceTest {
  @TempDir Path dir;

  @Test
  void evidenceFromUcdpGedShowsItsDeaths() throws Exception {
    Path ged = TestData.file("ucdp-ged/ged_hdx_philippines_1989-2021.csv");
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("a.duckdb"))) {
      try (GedSource s = GedSource.open(ged, "phl.csv", null)) {
        store.ingest(s, null);
      }
      new WatchJob(
              DuckDbStorage.over(store).watch(),
              DetectorConfig.standard(),
              WatchJob.Options.standard())
          .run(true);
      List<Alert> alerts = DuckDbStorage.over(store).signals().alerts(AlertQuery.status("all"));
      List<Evidence> evidence = alerts.stream().flatMap(a -> a.evidence().stream()).toList();
      assertThat(evidence).isNotEmpty();
      assertThat(evidence)
          .allSatisfy(
              e -> {
                assertThat(e.dataset()).isEqualTo("ucdp-ged");
                assertThat(e.deaths()).isNotNull();
                assertThat(e.inWords()).contains("killed");
              });
      assertThat(evidence).anySatisfy(e -> assertThat(e.deaths().best()).isPositive());
    }
  }
}
