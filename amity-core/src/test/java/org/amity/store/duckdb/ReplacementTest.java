package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.pipeline.IngestPipeline;
import org.amity.pipeline.WatchJob;
import org.amity.signal.Alert;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulationSettings;
import org.amity.store.EventStore;
import org.amity.store.IngestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files read again with {@code --replace} take the place of their stored rows (a store filled by an
 * earlier reader), touch no other file's rows, lose and duplicate nothing, and make the next watch
 * recompute everything, so the alerts are those of a store filled by the reader now in force.
 */
class ReplacementTest {
  @TempDir Path dir;

  @Test
  void aFileReadAgainReplacesItsOwnRowsOnlyAndTheNextWatchSeesThem() throws Exception {
    List<Path> files = simulated();
    Path first = files.get(0);
    List<Path> rest = files.subList(1, files.size());
    List<Alert> fresh;
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("fresh.duckdb"))) {
      ingest(store, files, false);
      OlderDescriptionTest.watch(store);
      fresh = OlderDescriptionTest.alerts(store);
    }
    assertThat(fresh).as("the simulated run raises alerts").isNotEmpty();

    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("older.duckdb"))) {
      ingest(store, files, false);
      Map<String, String> asRead = rows(store);
      // what an earlier reader would have stored, and watched: every row's source placed
      // elsewhere
      OlderDescriptionTest.execute(store, "UPDATE events SET src_country = 'ZZZ'");
      OlderDescriptionTest.watch(store);
      assertThat(OlderDescriptionTest.alerts(store))
          .extracting(ReplacementTest::numbers)
          .isNotEqualTo(fresh.stream().map(ReplacementTest::numbers).toList());

      List<IngestResult> again = ingest(store, List.of(first), true);
      IngestResult r = again.get(0);
      assertThat(r.done()).isTrue();
      assertThat(r.duplicates()).as("a replaced row is stored anew, not a duplicate").isZero();
      Map<String, String> now = rows(store);
      assertThat(now).as("nothing lost or doubled").hasSameSizeAs(asRead);
      Set<String> ids = idsOf(store, "ingest_id = (SELECT max(ingest_id) FROM events)");
      assertThat(ids).hasSize((int) r.events());
      for (Map.Entry<String, String> e : now.entrySet()) {
        if (ids.contains(e.getKey())) {
          assertThat(e.getValue()).isEqualTo(asRead.get(e.getKey()));
        } else {
          assertThat(e.getValue()).as("another file's row is not touched").contains("|ZZZ|");
        }
      }
      assertThat(WatchState.get(store.connection(), SignalSeries.WATCHED_INGEST)).isEqualTo("0");

      IngestPipeline others = pipeline(store, true);
      others.run(rest, IngestPipeline.formats(Set.of(Format.GDELT2)));
      assertThat(others.replaced()).isEqualTo(asRead.size() - ids.size());
      assertThat(rows(store)).isEqualTo(asRead);
      WatchJob.Report next = OlderDescriptionTest.watch(store);
      assertThat(next.newIngests()).as("every ingest is folded in again").isPositive();
      assertThat(OlderDescriptionTest.alerts(store))
          .extracting(ReplacementTest::numbers)
          .isEqualTo(fresh.stream().map(ReplacementTest::numbers).toList());
    }
  }

  @Test
  void aStagedBatchThatReplacesDoesAsTheGroupedOne() throws Exception {
    List<Path> files = simulated();
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("staged.duckdb"))) {
      ingest(store, files, false);
      Map<String, String> asRead = rows(store);
      OlderDescriptionTest.execute(store, "UPDATE events SET src_country = 'ZZZ'");
      long replaced;
      try (EventStore.Batch batch = store.batch(null, true)) {
        for (Path f : files) {
          try (FileScan scan = FileScan.open(f, f.getFileName().toString(), Format.GDELT2, null)) {
            assertThat(batch.stage(scan)).isEmpty();
          }
        }
        assertThat(batch.commit()).allSatisfy(r -> assertThat(r.duplicates()).isZero());
        replaced = batch.replaced();
      }
      assertThat(replaced).isEqualTo(asRead.size());
      assertThat(rows(store)).isEqualTo(asRead);
      assertThat(WatchState.get(store.connection(), SignalSeries.WATCHED_INGEST)).isEqualTo("0");
    }
  }

  @Test
  void withoutReplaceAFileReadAgainStoresNothingNew() throws Exception {
    List<Path> files = simulated();
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("plain.duckdb"))) {
      ingest(store, files, false);
      OlderDescriptionTest.execute(store, "UPDATE events SET src_country = 'ZZZ'");
      IngestResult r = ingest(store, List.of(files.get(0)), false).get(0);
      assertThat(r.accepted()).isZero();
      assertThat(r.duplicates()).isPositive();
      assertThat(rows(store).values()).allSatisfy(v -> assertThat(v).contains("|ZZZ|"));
    }
  }

  private static String numbers(Alert a) {
    return a.indicator()
        + " "
        + a.subject()
        + " "
        + a.opened()
        + " "
        + a.peakLevel()
        + " "
        + a.value()
        + " "
        + a.evidence().size();
  }

  private List<Path> simulated() throws IOException {
    Path sim = dir.resolve("sim");
    if (!Files.isDirectory(sim)) {
      new ScenarioSimulator(
              GdeltProfile.standard(),
              SimulationSettings.of(90, 11, LocalDate.of(2025, 1, 1), 250, null, null))
          .writeTo(sim, false);
    }
    try (var list = Files.list(sim)) {
      return list.filter(p -> p.toString().endsWith(".CSV")).sorted().toList();
    }
  }

  private static IngestPipeline pipeline(DuckDbEventStore store, boolean replace) {
    return new IngestPipeline(store, null, null).replacing(replace);
  }

  private static List<IngestResult> ingest(
      DuckDbEventStore store, List<Path> files, boolean replace) {
    return pipeline(store, replace).run(files, IngestPipeline.formats(Set.of(Format.GDELT2)));
  }

  /** Each stored row's id and what the test looks at, by id. */
  private static Map<String, String> rows(DuckDbEventStore store) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Statement s = store.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT native_id, event_date || '|' || coalesce(src_country, '') || '|' ||"
                    + " coalesce(tgt_country, '') || '|' || event_code FROM events")) {
      while (rs.next()) {
        assertThat(out.put(rs.getString(1), rs.getString(2))).as("one row per id").isNull();
      }
    }
    return out;
  }

  private static Set<String> idsOf(DuckDbEventStore store, String where) throws Exception {
    Set<String> out = new java.util.TreeSet<>();
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT native_id FROM events WHERE " + where)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
