package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.amity.event.Actor;
import org.amity.event.Event;
import org.amity.pipeline.WatchJob;
import org.amity.signal.Alert;
import org.amity.signal.AlertQuery;
import org.amity.signal.DetectedAlert;
import org.amity.signal.DetectorConfig;
import org.amity.signal.Evidence;
import org.amity.signal.IndicatorSeries;
import org.amity.signal.IndicatorSeriesReader;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;
import org.amity.signal.daily.DailyIndicators;
import org.amity.signal.daily.IncidentSubjects;
import org.amity.signal.daily.SeriesDetection;
import org.junit.jupiter.api.Test;

/**
 * A maritime standoff between China and Viet Nam whose evidence is split between the South China
 * Sea's attacks and the dyad's conflict events, each below its own lens's limits: the pooled lens
 * raises a watch on the sea in the embedded watch and in the plain engine alike, an incremental
 * watch fed in two parts finds what a full watch finds, the alert's evidence holds both sides'
 * events, and the series reader draws the level the watch saw.
 */
class PooledLensWatchTest {
  private static final LocalDate START = LocalDate.of(2025, 3, 1);
  private static final int DAYS = 150;
  private static final int STANDOFF = 110;
  private static final int STANDOFF_DAYS = 10;
  private static final DetectorConfig CONFIG = DetectorConfig.standard();
  private static final WatchJob.Options OPTIONS = WatchJob.Options.standard();

  /**
   * Every day: attacks at sea in the South China Sea by unnamed boats (about 6), and news between
   * China and Viet Nam on land (about 14, three in ten of it accusations and threats). During the
   * standoff, about two more attacks a day and about half of the dyad's news is conflict.
   */
  private static List<Event> events() {
    Random r = new Random(20);
    List<Event> out = new ArrayList<>();
    Actor vnm = new Actor("VNMGOV", null, "VNM", null, null, null, List.of("GOV"));
    int id = 0;
    for (int d = 0; d < DAYS; d++) {
      LocalDate day = START.plusDays(d);
      boolean standoff = d >= STANDOFF && d < STANDOFF + STANDOFF_DAYS;
      int attacks = poisson(r, standoff ? 8 : 6);
      for (int k = 0; k < attacks; k++) {
        Actor boat = new Actor("BOAT" + k, null, null, null, null, null, List.of());
        out.add(
            DailyIndicatorsMatchSqlTest.event(
                "gdelt",
                "s" + id++,
                day,
                boat,
                Actor.NONE,
                "190",
                -10,
                -5,
                null,
                "SOUTH_CHINA_SEA",
                null));
      }
      int news = poisson(r, 14);
      for (int k = 0; k < news; k++) {
        Actor chn = new Actor("CHN" + k, null, "CHN", null, null, null, List.of("GOV"));
        boolean conflict = r.nextDouble() < (standoff ? 0.5 : 0.3);
        out.add(
            DailyIndicatorsMatchSqlTest.event(
                "gdelt",
                "d" + id++,
                day,
                chn,
                vnm,
                conflict ? "112" : "042",
                conflict ? -2 : 1.9,
                0,
                "CHN",
                null,
                null));
      }
    }
    return out;
  }

  private static int poisson(Random r, double mean) {
    double l = Math.exp(-mean);
    double p = 1;
    int k = 0;
    do {
      k++;
      p *= r.nextDouble();
    } while (p > l);
    return k - 1;
  }

  private static List<String> lines(List<Alert> alerts) {
    return alerts.stream()
        .filter(a -> !a.status().equals("withdrawn"))
        .map(
            a ->
                String.join(
                    " ",
                    a.scope().key(),
                    a.subject(),
                    a.indicator(),
                    String.valueOf(a.opened()),
                    String.valueOf(a.closed()),
                    a.level().name()))
        .sorted()
        .toList();
  }

  private static List<Alert> watched(DuckDbStorage storage) {
    return storage.signals().alerts(AlertQuery.status("all"));
  }

  @Test
  void aStandoffSplitBetweenTheSeaAndTheDyadRaisesAPooledWatchInBothEngines() {
    List<Event> events = events();
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      DailyIndicatorsMatchSqlTest.ingest(store, "standoff", events);
      DuckDbStorage storage = DuckDbStorage.over(store);
      new WatchJob(storage.watch(), CONFIG, OPTIONS).run(true);
      List<Alert> all = watched(storage);
      List<Alert> pooled = all.stream().filter(a -> a.indicator().equals("sea_dyad_7d")).toList();
      assertThat(pooled).as("pooled watches").hasSize(1);
      Alert a = pooled.get(0);
      assertThat(a.scope()).isEqualTo(Scope.AREA);
      assertThat(a.subject()).isEqualTo("SOUTH_CHINA_SEA");
      assertThat(a.peakLevel().name()).isEqualTo("WATCH");
      assertThat(a.opened())
          .isBetween(START.plusDays(STANDOFF), START.plusDays(STANDOFF + STANDOFF_DAYS));
      // split below both limits: neither side's own seven-day lens says anything then
      assertThat(all)
          .filteredOn(
              x ->
                  x.indicator().equals("sea_incidents_7d")
                      || x.indicator().equals("dyad_conflict_7d"))
          .as("the two lenses' own alerts")
          .isEmpty();
      // evidence from both sides: attacks at sea and the dyad's accusations
      assertThat(a.evidence()).extracting(Evidence::code).contains("190", "112");
      // each item lists as many stored rows as it counts, the dyad's items drawn from the dyad
      assertThat(EvidenceRecordsTest.everyItem(storage.signals()))
          .filteredOn(r -> r.alertId() == a.id())
          .anySatisfy(r -> assertThat(r.drawnFrom()).contains("(area SOUTH_CHINA_SEA)"))
          .anySatisfy(r -> assertThat(r.drawnFrom()).contains("(dyad CHN-VNM): conflict reports"));
      // the plain engine finds the same alerts
      List<String> plain = new ArrayList<>();
      var days = DailyIndicators.of(events, IncidentSubjects.watching(OPTIONS.watchSet()));
      for (DetectedAlert d : SeriesDetection.all(CONFIG, days, OPTIONS::alertsOn)) {
        plain.add(
            String.join(
                " ",
                d.scope().key(),
                d.subject(),
                d.indicator(),
                String.valueOf(d.opened()),
                String.valueOf(d.closed()),
                d.level().name()));
      }
      assertThat(plain.stream().sorted().toList()).isEqualTo(lines(all));
      // the chart beside the alert shows the level the watch saw
      IndicatorSeries s =
          new IndicatorSeriesReader(storage.series())
              .read(Scope.AREA, "SOUTH_CHINA_SEA", "sea_dyad_7d", Resolution.DAY, null, null);
      assertThat(s.scored()).isTrue();
      assertThat(s.points())
          .filteredOn(p -> p.period().equals(a.opened()))
          .extracting(IndicatorSeries.Point::level)
          .containsExactly("watch");
      assertThat(s.points())
          .filteredOn(p -> p.period().equals(a.opened().minusDays(1)))
          .extracting(IndicatorSeries.Point::level)
          .containsExactly("none");
    }
  }

  @Test
  void anIncrementalWatchFedInTwoPartsFindsWhatAFullWatchFinds() {
    List<Event> events = events();
    LocalDate cut = START.plusDays(STANDOFF + 3);
    List<Event> before = events.stream().filter(e -> e.eventDate().isBefore(cut)).toList();
    List<Event> after = events.stream().filter(e -> !e.eventDate().isBefore(cut)).toList();
    List<String> full;
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      DailyIndicatorsMatchSqlTest.ingest(store, "all", events);
      DuckDbStorage storage = DuckDbStorage.over(store);
      new WatchJob(storage.watch(), CONFIG, OPTIONS).run(true);
      full = lines(watched(storage));
    }
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      DuckDbStorage storage = DuckDbStorage.over(store);
      DailyIndicatorsMatchSqlTest.ingest(store, "before", before);
      new WatchJob(storage.watch(), CONFIG, OPTIONS).run(false);
      DailyIndicatorsMatchSqlTest.ingest(store, "after", after);
      new WatchJob(storage.watch(), CONFIG, OPTIONS).run(false);
      List<String> incremental = lines(watched(storage));
      assertThat(full).anyMatch(l -> l.contains("sea_dyad_7d"));
      assertThat(incremental).isEqualTo(full);
    }
  }
}
