package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.amity.event.Actor;
import org.amity.event.Event;
import org.amity.event.Fatalities;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.ingest.acled.AcledSource;
import org.amity.signal.daily.IndicatorDay;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The incremental watch's shortcuts in {@code IndicatorTables} give the figures of the full path:
 * the deaths lanes left out where no recorder that counts the dead has records among the events
 * read, the stored incident keys read as they are, and the copy without the columns its passes do
 * not read; also when a file of the dead arrives after a watch, and when some rows lack their keys.
 */
class IncrementalIndicatorsTest {
  private static final Set<String> WATCH = DailyIndicatorsMatchSqlTest.WATCH;

  private static void gdelt(DuckDbEventStore store) throws Exception {
    Path file = TestData.file("gdelt/events/20161013151500.export.CSV");
    try (var scan = FileScan.open(file, "g.csv", Format.GDELT2, null)) {
      store.ingest(scan, null);
    }
  }

  private static void acled(DuckDbEventStore store) throws Exception {
    Path file = TestData.file("acled/acled_indonesia_2019-2020.csv");
    try (AcledSource s = AcledSource.open(file, "idn.csv", null)) {
      store.ingest(s, null);
    }
  }

  /** Every day of the full path, recomputed. */
  private static List<IndicatorDay> full(DuckDbEventStore store) throws SQLException {
    IndicatorTables.rebuild(store.connection(), WATCH, true, true);
    return IndicatorTwins.storedDays(store);
  }

  /** The days of the rows of {@code dataset} recomputed incrementally, then every day read. */
  private static List<IndicatorDay> incremental(DuckDbEventStore store, String where)
      throws SQLException {
    try (Statement s = store.connection().createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE affected_days AS SELECT DISTINCT event_date AS day FROM"
              + " events WHERE "
              + where);
    }
    IndicatorTables.rebuild(store.connection(), WATCH, true, false);
    return IndicatorTwins.storedDays(store);
  }

  /**
   * The same rows: every count equal, the deaths-counting reports too, the sums of doubles within
   * {@link IndicatorTwins#TOLERANCE} (added in another order: grouped per place or not, read from
   * the table or from the copy).
   */
  private static void assertSame(List<IndicatorDay> actual, List<IndicatorDay> expected) {
    IndicatorTwins.assertSameRows(actual, expected);
    assertThat(actual.stream().map(d -> d.counts().deathReports()).toList())
        .isEqualTo(expected.stream().map(d -> d.counts().deathReports()).toList());
  }

  private static boolean countsDead(DuckDbEventStore store, String events) throws SQLException {
    try (Statement s = store.connection().createStatement()) {
      return IndicatorTables.countsDead(s, events);
    }
  }

  @Test
  void daysWithoutRecordsOfTheDeadGiveTheFiguresOfTheLanes() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      acled(store);
      gdelt(store);
      // the full path settles every day's dead per place and recorder: ACLED is stored
      assertThat(countsDead(store, "events")).isTrue();
      List<IndicatorDay> lanes = full(store);
      assertThat(lanes).extracting(d -> d.counts().fatalities()).anyMatch(f -> f > 0);
      // the GDELT days hold no ACLED record (2016 against 2019-2020): their copy has no lanes
      assertThat(countsDead(store, "(SELECT * FROM events WHERE dataset = 'gdelt')")).isFalse();
      assertSame(incremental(store, "dataset = 'gdelt'"), lanes);
      // and ACLED's days, incrementally, keep theirs
      assertSame(incremental(store, "dataset = 'acled'"), lanes);
    }
  }

  @Test
  void aFileOfTheDeadAfterAWatchGivesTheFullFigures() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      gdelt(store);
      // no recorder of the dead stored: the full path has no lanes at all
      assertThat(countsDead(store, "events")).isFalse();
      List<IndicatorDay> before = full(store);
      assertSame(incremental(store, "true"), before);
      acled(store);
      List<IndicatorDay> after = incremental(store, "dataset = 'acled'");
      assertThat(after).hasSizeGreaterThan(before.size());
      assertSame(after, full(store));
    }
  }

  @Test
  void twoRecordersOfTheDeadAfterAWatchWithoutThemAreSettledPerPlace() throws Exception {
    Actor army = new Actor("IDNMIL", null, "IDN", null, null, null, List.of("MIL"));
    Actor rebels = new Actor("IDNREB", null, "IDN", null, null, null, List.of("REB"));
    Actor opm = new Actor("IDNOPM", null, "IDN", null, null, null, List.of("SEP"));
    LocalDate day = LocalDate.of(2016, 10, 13);
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      gdelt(store);
      List<IndicatorDay> before = full(store);
      // one clash on a day the GDELT file has, as ACLED and UCDP GED code it (other keys): the
      // day's copy now holds both recorders, so Indonesia's dead are the most one gave (7), not
      // the sum (10)
      DailyIndicatorsMatchSqlTest.ingest(
          store,
          "deaths",
          List.of(
              dead("acled", "a1", day, rebels, army, 3),
              dead("acled", "a2", day, rebels, opm, 4),
              dead("ucdp-ged", "g1", day, army, opm, 3)));
      List<IndicatorDay> after = incremental(store, "event_date = DATE '2016-10-13'");
      assertThat(fatalities(before, "IDN", day)).isZero();
      assertThat(fatalities(after, "IDN", day)).isEqualTo(7);
      assertThat(fatalities(after, "WORLD", day)).isEqualTo(7);
      assertSame(after, full(store));
    }
  }

  private static Event dead(
      String dataset, String id, LocalDate day, Actor source, Actor target, int dead) {
    return DailyIndicatorsMatchSqlTest.event(
        dataset,
        id,
        day,
        source,
        target,
        "190",
        -10,
        Double.NaN,
        "IDN",
        null,
        new Fatalities(dead, dead, dead));
  }

  private static long fatalities(List<IndicatorDay> days, String subject, LocalDate day) {
    return days.stream()
        .filter(d -> d.subject().equals(subject) && d.day().equals(day))
        .mapToLong(d -> d.counts().fatalities())
        .sum();
  }

  @Test
  void rowsWithoutTheirKeysAreKeyedInTheCopy() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      acled(store);
      gdelt(store);
      List<IndicatorDay> expected = full(store);
      try (Statement s = store.connection().createStatement()) {
        assertThat(IncidentKeys.anyMissing(s)).isFalse();
        // a path that did not know the derived columns stored some rows without them
        s.execute(
            "UPDATE events SET incident_hash = NULL, incident_class = NULL, rebel_mc = NULL,"
                + " pirate = NULL WHERE dataset = 'gdelt' AND hash(native_id) % 3 = 0");
        assertThat(IncidentKeys.anyMissing(s)).isTrue();
      }
      assertSame(incremental(store, "true"), expected);
    }
  }
}
