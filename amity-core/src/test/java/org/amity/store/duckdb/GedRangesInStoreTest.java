package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.ToLongFunction;
import org.amity.event.Actor;
import org.amity.event.Event;
import org.amity.event.Fatalities;
import org.amity.event.GeoPrecision;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectorConfig;
import org.amity.signal.daily.IndicatorDay;
import org.amity.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store spreads the dead of UCDP GED records dated by a range over the range's days, as the
 * Marawi siege's records (all from 2017-05-23, to June-October) need: by a full watch, by an
 * incremental watch after the records come in a later ingest (the days of their range are the days
 * it touched), and after their file is read again with other ranges ({@code --replace}).
 */
class GedRangesInStoreTest {
  @TempDir Path dir;

  private static final LocalDate START = LocalDate.of(2017, 5, 23);
  private static final Actor ARMY =
      new Actor("PHLMIL", null, "PHL", null, null, null, List.of("MIL"));
  private static final Actor IS =
      new Actor("PHLREB", null, "PHL", null, null, null, List.of("REB"));

  /** 300 dead over 30 days (05-23 to 06-21): 10 a day, 90 in May and 210 in June. */
  private static Event a() {
    return ged("a", START, LocalDate.of(2017, 6, 21), 300);
  }

  /** 140 dead over 70 days (05-23 to 07-31): 2 a day, 18 in May, 60 in June, 62 in July. */
  private static Event b() {
    return ged("b", START, LocalDate.of(2017, 7, 31), 140);
  }

  /** 5 dead on 06-10 alone. */
  private static Event c() {
    return ged("c", LocalDate.of(2017, 6, 10), null, 5);
  }

  @Test
  void rangedRecordsGiveTheSpreadMonthlyDeaths() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("full.duckdb"))) {
      DailyIndicatorsMatchSqlTest.ingest(store, "ged", List.of(a(), b(), c()));
      watch(store, true);
      List<IndicatorDay> days = IndicatorTwins.storedDays(store);
      for (String subject : List.of("PHL", "MINDANAO")) {
        assertThat(months(days, subject, d -> d.counts().fatalities()))
            .as(subject)
            .containsExactly(108L, 275L, 62L);
        // the records stay incidents of their first day (a and b two of 05-23, GED's records each)
        assertThat(months(days, subject, d -> d.counts().incidents()))
            .as(subject)
            .containsExactly(2L, 1L, 0L);
      }
    }
  }

  @Test
  void anIncrementalWatchRecountsTheDaysOfANewRecordsRange() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("incremental.duckdb"))) {
      // first the one-day record and an ACLED record of 1 dead on 07-15, watched
      Event acled =
          DailyIndicatorsMatchSqlTest.placed(
              DailyIndicatorsMatchSqlTest.event(
                  "acled",
                  "x",
                  LocalDate.of(2017, 7, 15),
                  ARMY,
                  IS,
                  "190",
                  -10,
                  Double.NaN,
                  "PHL",
                  null,
                  Fatalities.exactly(1)),
              "RP56",
              GeoPrecision.PLACE);
      DailyIndicatorsMatchSqlTest.ingest(store, "first", List.of(c(), acled));
      watch(store, true);
      // then the ranged records, in an ingest of their own, and a watch of the days it touched
      DailyIndicatorsMatchSqlTest.ingest(store, "ranged", List.of(a(), b()));
      watch(store, false);
      List<IndicatorDay> incremental = IndicatorTwins.storedDays(store);
      // 07-15: GED's share of 2 against ACLED's 1, the larger taken
      assertThat(months(incremental, "PHL", d -> d.counts().fatalities()))
          .containsExactly(108L, 275L, 62L);
      List<IndicatorDay> full =
          IndicatorTwins.sqlDays(store, WatchJob.Options.standard().watchSet(), true);
      IndicatorTwins.assertSameRows(full, incremental);
    }
  }

  @Test
  void readingTheFileAgainWithAShorterRangeTakesItsOldDaysAway() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("replace.duckdb"))) {
      DailyIndicatorsMatchSqlTest.ingest(store, "ged", List.of(b()));
      watch(store, true);
      assertThat(months(IndicatorTwins.storedDays(store), "PHL", d -> d.counts().fatalities()))
          .containsExactly(18L, 60L, 62L);
      // the same record read again, now dated 05-23 to 05-31
      try (EventStore.Batch batch = store.batch(null, true);
          ListEventSource s =
              new ListEventSource(
                  "ged", List.of(ged("b", START, LocalDate.of(2017, 5, 31), 140)))) {
        assertThat(batch.stage(s)).isEmpty();
        batch.commit();
        assertThat(batch.replaced()).isEqualTo(1);
      }
      watch(store, false);
      assertThat(months(IndicatorTwins.storedDays(store), "PHL", d -> d.counts().fatalities()))
          .containsExactly(140L, 0L, 0L);
    }
  }

  private static void watch(DuckDbEventStore store, boolean full) {
    new WatchJob(
            DuckDbStorage.over(store).watch(),
            DetectorConfig.standard(),
            WatchJob.Options.standard())
        .run(full);
  }

  /** A subject's sums of May, June and July 2017. */
  private static List<Long> months(
      List<IndicatorDay> days, String subject, ToLongFunction<IndicatorDay> count) {
    long[] out = new long[3];
    for (IndicatorDay d : days) {
      int m = YearMonth.from(d.day()).getMonthValue() - 5;
      if (d.subject().equals(subject) && d.day().getYear() == 2017 && m >= 0 && m < 3) {
        out[m] += count.applyAsLong(d);
      }
    }
    return List.of(out[0], out[1], out[2]);
  }

  private static Event ged(String id, LocalDate first, LocalDate last, int dead) {
    return DailyIndicatorsMatchSqlTest.placed(
        DailyIndicatorsMatchSqlTest.event(
            "ucdp-ged",
            id,
            first,
            ARMY,
            IS,
            "190",
            -10,
            Double.NaN,
            "PHL",
            null,
            new Fatalities(dead, dead, dead, last)),
        "RP56",
        GeoPrecision.PLACE);
  }
}
