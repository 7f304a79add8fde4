package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.amity.ingest.EventSource;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.store.EventStore;
import org.amity.store.OpeningProgress;
import org.amity.testing.GdeltLines;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incident key stored with every event at ingest ({@link IncidentKeys}) is the one the watch
 * would compute from the row, whichever path stored it, and a store whose stored keys were packed
 * by another program is filled again when opened.
 */
class IncidentKeysTest {
  @TempDir Path dir;

  /** Rows whose stored key (any derived column) differs from the one computed from the row. */
  private static final String DIFFERENT =
      "SELECT count(*) FROM events WHERE "
          + String.join(
              " OR ",
              IncidentKeys.DERIVED.stream()
                  .map(d -> d + " IS DISTINCT FROM " + IncidentKeys.expression(d))
                  .toList());

  private static long count(DuckDbEventStore store, String sql) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void execute(DuckDbEventStore store, String sql) throws SQLException {
    try (Statement s = store.connection().createStatement()) {
      s.execute(sql);
    }
  }

  private static FileScan scan(Path file, Format format) throws IOException {
    return FileScan.open(file, file.getFileName().toString(), format, null);
  }

  private Path fixture(long from, long to) throws IOException {
    List<String> lines = new ArrayList<>();
    for (long id = from; id < to; id++) {
      lines.add(GdeltLines.v2().id(id).set(1, "20240301").toString());
    }
    return Files.write(dir.resolve("f" + from + ".export.CSV"), lines, StandardCharsets.UTF_8);
  }

  @Test
  void everyIngestPathStoresTheKeyTheWatchWouldComputeFromTheRow()
      throws IOException, SQLException {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("amity.duckdb"))) {
      // one file at a time
      try (FileScan s =
          scan(TestData.file("gdelt/events/20161013151500.export.CSV"), Format.GDELT2)) {
        store.ingest(s, null);
      }
      // a group of files inserted straight into events
      List<EventSource> group = new ArrayList<>();
      try (EventStore.Batch batch = store.batch(null)) {
        group.add(scan(TestData.file("gdelt/events/20130401.export.CSV.gz"), Format.GDELT1));
        batch.storeAll(group);
      } finally {
        for (EventSource s : group) {
          s.close();
        }
      }
      // files staged in a batch and committed together
      try (EventStore.Batch batch = store.batch(null);
          FileScan s = scan(TestData.file("icews/events.2018-06-01.sample.tab"), Format.ICEWS)) {
        assertThat(batch.stage(s)).isEmpty();
        batch.commit();
      }

      assertThat(count(store, "SELECT count(DISTINCT ingest_id) FROM events")).isEqualTo(3);
      assertThat(count(store, "SELECT count(*) FROM events")).isGreaterThan(10_000);
      assertThat(count(store, "SELECT count(*) FROM events WHERE sea_area IS NOT NULL"))
          .as("rows at sea, whose class packs a sea area")
          .isPositive();
      assertThat(
              count(
                  store,
                  "SELECT count(*) FROM events WHERE rebel_mc AND quad_class = 4 AND sea_area IS"
                      + " NULL AND 'REB' IN (src_type1, src_type2, src_type3, tgt_type1,"
                      + " tgt_type2, tgt_type3)"))
          .as("reports of fighting with rebels, judged so at ingest")
          .isPositive();
      assertThat(count(store, DIFFERENT)).isZero();
    }
  }

  @Test
  void aStorePackedByAnotherProgramIsFilledAgainWhenOpened() throws IOException, SQLException {
    Path file = dir.resolve("amity.duckdb");
    try (DuckDbEventStore store = DuckDbEventStore.open(file);
        FileScan s = scan(fixture(1, 50), Format.GDELT2)) {
      store.ingest(s, null);
      execute(store, "UPDATE events SET incident_hash = 0, incident_class = NULL, rebel_mc = NULL");
      execute(store, "UPDATE watch_state SET value = 'v0:other' WHERE key = 'incident_class'");
      assertThat(count(store, DIFFERENT)).isEqualTo(49);
    }
    Told told = new Told();
    try (DuckDbEventStore store = DuckDbEventStore.open(file, told)) {
      assertThat(told.lines)
          .containsExactly(
              "refilling incident keys of 49 events (stored by a build that packs them otherwise)");
      assertThat(told.advanced).extracting(a -> a[0] + "/" + a[1]).containsExactly("49/49");
      assertThat(count(store, DIFFERENT)).isZero();
      assertThat(
              count(
                  store,
                  "SELECT count(*) FROM watch_state WHERE key = 'incident_class' AND value = '"
                      + IncidentKeys.fingerprint(store.connection())
                      + "'"))
          .isEqualTo(1);
    }
  }

  /** What a refill told: its line, then (rows done, rows in all) after each part. */
  private static final class Told implements OpeningProgress {
    final List<String> lines = new ArrayList<>();
    final List<long[]> advanced = new ArrayList<>();
    int finished;

    @Override
    public void starting(String what) {
      lines.add(what);
    }

    @Override
    public void advanced(long done, long total) {
      advanced.add(new long[] {done, total});
    }

    @Override
    public void finished() {
      finished++;
    }
  }

  /** A store of 60 events whose keys and fingerprint another build wrote. */
  private DuckDbEventStore packedOtherwise() throws IOException, SQLException {
    DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("amity.duckdb"));
    try (FileScan s = scan(fixture(0, 60), Format.GDELT2)) {
      store.ingest(s, null);
    }
    execute(store, "UPDATE events SET incident_hash = 0, incident_class = NULL, rebel_mc = NULL");
    execute(store, "UPDATE watch_state SET value = 'v0:other' WHERE key = 'incident_class'");
    assertThat(count(store, DIFFERENT)).isEqualTo(60);
    return store;
  }

  private static String stored(DuckDbEventStore store) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet rs =
            s.executeQuery("SELECT value FROM watch_state WHERE key = 'incident_class'")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void aRefillSaysWhatItDoesAndWhyThenTellsTheRowsDoneAfterEachPart()
      throws IOException, SQLException {
    try (DuckDbEventStore store = packedOtherwise()) {
      Told told = new Told();
      IncidentKeys.ensure(store.connection(), told, 20);

      assertThat(told.lines)
          .containsExactly(
              "refilling incident keys of 60 events (stored by a build that packs them otherwise)");
      assertThat(told.advanced).extracting(a -> a[1]).containsOnly(60L);
      assertThat(told.advanced).extracting(a -> a[0]).containsExactly(20L, 40L, 60L);
      assertThat(told.finished).isEqualTo(1);
      assertThat(count(store, DIFFERENT)).isZero();
      assertThat(stored(store)).isEqualTo(IncidentKeys.fingerprint(store.connection()));

      Told again = new Told();
      IncidentKeys.ensure(store.connection(), again, 20);
      assertThat(again.lines).as("a current store is not refilled").isEmpty();
      assertThat(again.advanced).isEmpty();
    }
  }

  @Test
  void anInterruptedRefillIsNeverTakenForAFinishedOneAndIsDoneAgainAtTheNextOpen()
      throws IOException, SQLException {
    try (DuckDbEventStore store = packedOtherwise()) {
      OpeningProgress stopsAfterOnePart =
          new OpeningProgress() {
            @Override
            public void advanced(long done, long total) {
              throw new IllegalStateException("stopped after " + done + " of " + total);
            }
          };
      assertThatThrownBy(() -> IncidentKeys.ensure(store.connection(), stopsAfterOnePart, 20))
          .hasMessage("stopped after 20 of 60");
      assertThat(count(store, DIFFERENT)).as("the rows of the parts not filled").isEqualTo(40);
      assertThat(stored(store))
          .as("no program takes the half-filled store for one it packed")
          .startsWith(IncidentKeys.REFILLING)
          .isNotEqualTo(IncidentKeys.fingerprint(store.connection()));
    }
    Told told = new Told();
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("amity.duckdb"), told)) {
      assertThat(told.lines)
          .containsExactly(
              "refilling incident keys of 60 events (an earlier refill was interrupted)");
      assertThat(told.advanced).extracting(a -> a[0] + "/" + a[1]).containsExactly("60/60");
      assertThat(count(store, DIFFERENT)).isZero();
      assertThat(stored(store)).isEqualTo(IncidentKeys.fingerprint(store.connection()));
    }
  }

  @Test
  void aStorePackedByThisProgramIsNotRewrittenWhenOpened() throws IOException, SQLException {
    Path file = dir.resolve("amity.duckdb");
    try (DuckDbEventStore store = DuckDbEventStore.open(file);
        FileScan s = scan(fixture(1, 20), Format.GDELT2)) {
      store.ingest(s, null);
      execute(store, "UPDATE events SET incident_hash = 7 WHERE native_id = '3'");
    }
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      assertThat(count(store, "SELECT count(*) FROM events WHERE incident_hash = 7"))
          .as("opening a current store costs no rewrite of its rows")
          .isEqualTo(1);
    }
  }

  @Test
  void rowsStoredWithoutTheKeyAreFilledBeforeAFullWatch() throws IOException, SQLException {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("amity.duckdb"));
        FileScan s = scan(fixture(1, 30), Format.GDELT2)) {
      store.ingest(s, null);
      execute(store, "UPDATE events SET incident_class = NULL WHERE native_id::BIGINT < 10");
      execute(store, "UPDATE events SET incident_hash = NULL WHERE native_id::BIGINT > 20");
      execute(store, "UPDATE events SET rebel_mc = NULL WHERE native_id = '15'");
      assertThat(count(store, DIFFERENT)).isEqualTo(19);
      try (Statement st = store.connection().createStatement()) {
        IncidentKeys.fillMissing(st);
      }
      assertThat(count(store, DIFFERENT)).isZero();
    }
  }
}
