package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.amity.event.Actor;
import org.amity.event.CameoCode;
import org.amity.event.Event;
import org.amity.event.Location;
import org.amity.event.QuadClass;
import org.amity.ingest.Format;
import org.amity.ingest.acled.AcledSource;
import org.amity.pipeline.WatchJob;
import org.amity.pipeline.WatchStore;
import org.amity.signal.EvidencePool;
import org.amity.signal.Scope;
import org.amity.signal.daily.DailyIndicators;
import org.amity.signal.daily.EventClass;
import org.amity.signal.daily.EvidenceReports;
import org.amity.signal.daily.EvidenceSelection;
import org.amity.signal.daily.IncidentSubjects;
import org.amity.signal.daily.IndicatorDay;
import org.amity.signal.daily.PartyTraffic;
import org.amity.signal.daily.Subject;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The evidence rule as plain functions ({@link EvidenceSelection}, {@link PartyTraffic}) and the
 * store's evidence queries, called through the watch's interface, choose the same incidents in the
 * same order with the same representatives and report counts, and count the same great-power
 * involvement: for every subject of every scope, every event class and several windows, with a pool
 * large enough for everything and one that cuts between ties; on the random, adversarial and real
 * events of {@link DailyIndicatorsMatchSqlTest}, and on ties made on purpose; and the same pools
 * and counts again when both read the watch's shared candidates.
 */
class EvidenceSelectionMatchesSqlTest {
  private static final Set<String> WATCH = DailyIndicatorsMatchSqlTest.WATCH;
  private static final Set<String> POWERS = WatchJob.Options.standard().greatPowers();
  private static final LocalDate DAY = DailyIndicatorsMatchSqlTest.DAY;

  @Test
  void randomEventsGiveTheSqlsPoolsAndCounts() {
    for (long seed = 1; seed <= 4; seed++) {
      List<Event> events =
          DailyIndicatorsMatchSqlTest.placedAtRandom(
              new Random(seed + 100), DailyIndicatorsMatchSqlTest.random(new Random(seed), 3000));
      try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
        DailyIndicatorsMatchSqlTest.ingest(store, "random-" + seed, events);
        Compared c = assertSameEvidence(store, 5);
        assertThat(c.items()).as("items compared").isGreaterThan(5000);
        assertThat(c.cut()).as("pools cut short").isPositive();
        assertThat(c.theatre()).as("items of conflict areas compared").isGreaterThan(100);
        assertThat(c.outside()).as("reports with an outside great power").isPositive();
      }
    }
  }

  /**
   * Pirates at sea, on both piracy seas' coasts (in conflict areas and outside), in Singapore and
   * inland ({@link DailyIndicatorsMatchSqlTest#pirates}): a sea area's pirates' pools hold its
   * coast's seizures and abductions in both engines, and its pools of every other class do not.
   */
  @Test
  void piratesOnTheCoastsAreTheSeaAreasEvidenceOfPiratesOnly() {
    for (long seed = 1; seed <= 3; seed++) {
      List<Event> events = DailyIndicatorsMatchSqlTest.pirates(new Random(seed), 2000);
      try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
        DailyIndicatorsMatchSqlTest.ingest(store, "pirates-" + seed, events);
        Compared c = assertSameEvidence(store, 5);
        assertThat(c.coast()).as("coast items in the sea areas' pirates' pools").isPositive();
        assertThat(c.coastElsewhere()).as("coast items in the sea areas' other pools").isZero();
      }
    }
  }

  @Test
  void adversarialEventsAndTiesGiveTheSqlsPools() {
    List<Event> events = new ArrayList<>(DailyIndicatorsMatchSqlTest.adversarial());
    events.addAll(ties());
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      DailyIndicatorsMatchSqlTest.ingest(store, "adversarial", events);
      Compared c = assertSameEvidence(store, 3);
      assertThat(c.items()).isGreaterThan(50);
      assertThat(c.outside()).isPositive();
      // the representative of three equal reports is the smallest native id in byte order
      var reports =
          EvidenceSelection.reports(IndicatorTwins.stored(store), IncidentSubjects.watching(WATCH));
      List<EvidencePool.Item> pool =
          EvidenceSelection.pool(
              reports.get(new Subject(Scope.COUNTRY, "VNM")).values(),
              DAY.plusDays(5),
              DAY.plusDays(5),
              EventClass.ALL,
              10);
      // in Viet Nam's waters only the incident against Viet Nam is its evidence; on its land,
      // the one between others too (the same rule as the daily counts, in both engines)
      assertThat(
              EvidenceSelection.pool(
                  reports.get(new Subject(Scope.COUNTRY, "VNM")).values(),
                  DAY.plusDays(3),
                  DAY.plusDays(3),
                  EventClass.ALL,
                  10))
          .extracting(i -> i.event().code().code() + " " + i.event().action().seaArea())
          .containsExactlyInAnyOrder("181 SOUTH_CHINA_SEA", "190 null");
      // aid given abroad is the place's evidence and not the donor's; at home, with no known place,
      // or of another class it stays the donor's
      assertThat(aidDay(reports, "USA"))
          .containsExactlyInAnyOrder("073 USA", "073 null", "042 PHL");
      assertThat(aidDay(reports, "PHL")).containsExactlyInAnyOrder("073 PHL", "042 PHL");
      EvidencePool.Item met =
          pool.stream().filter(i -> i.event().code().code().equals("042")).findFirst().get();
      assertThat(met.event().nativeId()).isEqualTo("t10");
      assertThat(met.reports()).isEqualTo(3);
      // the group of four reports in three classes ranks first; its representative has most
      // articles among them (u2 and u3 tie on seven: the smaller id)
      assertThat(pool.get(0).event().nativeId()).isEqualTo("u2");
      assertThat(pool.get(0).reports()).isEqualTo(4);
    }
  }

  /**
   * The watch's shared candidates are chosen by the class stored with each event; a row stored
   * without one (by a path that forgot it) is still a candidate, so the pools and counts stay those
   * of the plain functions; and a subject with no events gets no pool and no count.
   */
  @Test
  void rowsWithoutAClassAndSubjectsWithoutEventsGiveTheSqlsPoolsAndCounts() throws SQLException {
    List<Event> events = DailyIndicatorsMatchSqlTest.random(new Random(5), 3000);
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      DailyIndicatorsMatchSqlTest.ingest(store, "random-5", events);
      try (Statement s = store.connection().createStatement()) {
        s.execute("UPDATE events SET incident_class = NULL WHERE rowid % 3 = 0");
      }
      Compared c = assertSameEvidence(store, 5);
      assertThat(c.items()).as("items compared").isGreaterThan(5000);
      WatchStore watch = DuckDbStorage.over(store).watch();
      List<WatchStore.EvidenceWindow> none =
          List.of(
              new WatchStore.EvidenceWindow(0, Scope.COUNTRY, "ZZZ", DAY, DAY.plusDays(40), "ALL"));
      List<WatchStore.PartyWindow> nobody =
          List.of(new WatchStore.PartyWindow(0, List.of("ZZZ"), DAY, DAY.plusDays(40)));
      watch.prepareEvidence(none, nobody);
      assertThat(watch.evidencePools(none, 200)).isEmpty();
      assertThat(watch.greatPowerCounts(nobody, POWERS)).isEmpty();
    }
  }

  @Test
  void realFilesGiveTheSqlsPoolsAndCounts() throws IOException {
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      DailyIndicatorsMatchSqlTest.scan(
          store, TestData.file("gdelt/events/20161013151500.export.CSV"), Format.GDELT2);
      DailyIndicatorsMatchSqlTest.scan(
          store, TestData.file("gdelt/events/20130401.export.CSV.gz"), Format.GDELT1);
      DailyIndicatorsMatchSqlTest.scan(
          store, TestData.file("icews/events.2018-06-01.sample.tab"), Format.ICEWS);
      Path acled = TestData.file("acled/acled_indonesia_2019-2020.csv");
      try (AcledSource s = AcledSource.open(acled, acled.getFileName().toString(), null)) {
        store.ingest(s, null);
      }
      Compared c = assertSameEvidence(store, 10);
      assertThat(c.items()).isGreaterThan(5000);
      assertThat(c.outside()).isPositive();
      // the GDELT files place a few reports in the Deep South, Rakhine and Shan
      assertThat(c.theatre()).as("items of conflict areas compared").isPositive();
    }
  }

  /**
   * What a comparison covered ({@code theatre}: the items of conflict areas among all; {@code
   * coast}: the items placed on land in a sea area's pirates' pools, {@code coastElsewhere} in its
   * pools of other classes).
   */
  private record Compared(
      long items, long cut, long outside, long theatre, long coast, long coastElsewhere) {}

  /**
   * Compares pools (of sizes 200 and {@code small}) and great-power counts over windows of every
   * subject and class, the conflict areas switched on: the whole span, each of the first days, and
   * the span without its ends.
   */
  private static Compared assertSameEvidence(DuckDbEventStore store, int small) {
    List<Event> events = IndicatorTwins.stored(store);
    IncidentSubjects subjects = IncidentSubjects.watching(WATCH).withTheatres(true);
    List<IndicatorDay> days = DailyIndicators.of(events, subjects);
    TreeSet<LocalDate> all = new TreeSet<>();
    days.forEach(d -> all.add(d.day()));
    List<LocalDate[]> ranges = new ArrayList<>();
    ranges.add(new LocalDate[] {all.first(), all.last()});
    all.stream().limit(3).forEach(d -> ranges.add(new LocalDate[] {d, d}));
    ranges.add(new LocalDate[] {all.first().plusDays(1), all.last().minusDays(1)});
    Map<Subject, Map<String, EvidenceReports>> reports =
        EvidenceSelection.reports(events, subjects);
    Map<PartyTraffic, Long> traffic = new HashMap<>();
    events.forEach(e -> traffic.merge(PartyTraffic.of(e), 1L, Long::sum));

    List<WatchStore.EvidenceWindow> windows = new ArrayList<>();
    List<WatchStore.PartyWindow> parties = new ArrayList<>();
    Set<Subject> seen = new TreeSet<>(org.amity.signal.daily.SeriesDetection.SUBJECT_ORDER);
    days.forEach(d -> seen.add(new Subject(d.scope(), d.subject())));
    for (Subject s : seen) {
      for (LocalDate[] r : ranges) {
        for (EventClass cls : EventClass.values()) {
          windows.add(
              new WatchStore.EvidenceWindow(
                  windows.size(), s.scope(), s.name(), r[0], r[1], cls.name()));
        }
        List<String> ps = Scope.parties(s.scope(), s.name());
        if (!ps.isEmpty()) {
          parties.add(new WatchStore.PartyWindow(parties.size(), ps, r[0], r[1]));
        }
      }
    }
    WatchStore watch = DuckDbStorage.over(store).watch();
    long items = 0;
    long cut = 0;
    long theatre = 0;
    long coast = 0;
    long coastElsewhere = 0;
    for (int size : new int[] {200, small}) {
      Map<Integer, List<EvidencePool.Item>> sql = watch.evidencePools(windows, size);
      for (WatchStore.EvidenceWindow w : windows) {
        List<EvidencePool.Item> java =
            EvidenceSelection.pool(
                reports.getOrDefault(new Subject(w.scope(), w.subject()), Map.of()).values(),
                w.from(),
                w.to(),
                EventClass.valueOf(w.eventClass()),
                size);
        List<EvidencePool.Item> expected = sql.getOrDefault(w.key(), List.of());
        String what =
            w.scope().key()
                + " "
                + w.subject()
                + " "
                + w.eventClass()
                + " "
                + w.from()
                + ".."
                + w.to()
                + " pool "
                + size;
        assertThat(lines(java)).as(what).isEqualTo(lines(expected));
        assertThat(java).as(what + " (whole events)").isEqualTo(expected);
        items += java.size();
        if (w.scope() == Scope.THEATRE) {
          theatre += java.size();
        }
        if (w.scope() == Scope.AREA) {
          long onLand = java.stream().filter(i -> i.event().action().seaArea() == null).count();
          if (EventClass.valueOf(w.eventClass()) == EventClass.PIRATE) {
            coast += onLand;
          } else {
            coastElsewhere += onLand;
          }
        }
        if (java.size() == size) {
          cut++;
        }
      }
    }
    // the watch's way: pools and counts read one shared set of candidates, with the same results
    Map<Integer, List<EvidencePool.Item>> alone = watch.evidencePools(windows, 200);
    Map<Integer, long[]> countsAlone = watch.greatPowerCounts(parties, POWERS);
    watch.prepareEvidence(windows, parties);
    assertThat(watch.evidencePools(windows, 200))
        .as("pools from shared candidates")
        .isEqualTo(alone);
    Map<Integer, long[]> shared = watch.greatPowerCounts(parties, POWERS);
    assertThat(shared.keySet())
        .as("counted windows, shared candidates")
        .isEqualTo(countsAlone.keySet());
    shared.forEach(
        (k, v) -> assertThat(v).as("counts, shared candidates").isEqualTo(countsAlone.get(k)));
    Map<Integer, long[]> sql = watch.greatPowerCounts(parties, POWERS);
    long outside = 0;
    for (WatchStore.PartyWindow w : parties) {
      long[] java =
          PartyTraffic.greatPowerCounts(
              traffic.entrySet(), w.parties(), null, w.from(), w.to(), POWERS);
      String what = w.parties() + " " + w.from() + ".." + w.to();
      assertThat(java).as(what).isEqualTo(sql.getOrDefault(w.key(), new long[] {0, 0}));
      long[] summed = new long[2];
      for (String p : w.parties()) {
        Map<PartyTraffic, Long> own = new HashMap<>();
        traffic.forEach(
            (t, n) -> {
              if (t.parties(WATCH).contains(p)) {
                own.put(t, n);
              }
            });
        long[] part =
            PartyTraffic.greatPowerCounts(own.entrySet(), w.parties(), p, w.from(), w.to(), POWERS);
        summed[0] += part[0];
        summed[1] += part[1];
      }
      assertThat(summed).as(what + ", summed over each party's own traffic").isEqualTo(java);
      outside += java[1];
    }
    return new Compared(items, cut, outside, theatre, coast, coastElsewhere);
  }

  private static List<String> lines(List<EvidencePool.Item> items) {
    return items.stream()
        .map(i -> i.event().dataset() + " " + i.event().nativeId() + " x" + i.reports())
        .toList();
  }

  /** The codes and places of a country's evidence on the adversarial events' day of aid. */
  private static List<String> aidDay(
      Map<Subject, Map<String, EvidenceReports>> reports, String country) {
    return EvidenceSelection.pool(
            reports.get(new Subject(Scope.COUNTRY, country)).values(),
            DAY.plusDays(4),
            DAY.plusDays(4),
            EventClass.ALL,
            10)
        .stream()
        .map(i -> i.event().code().code() + " " + i.event().action().country())
        .toList();
  }

  /**
   * Ties on purpose: equal reports where only the native id decides (in byte order, "t10" before
   * "t2"), more articles winning, groups equal on reports and Goldstein (and on -0.0 and 0.0) told
   * apart by day and native id, one group's reports in different QuadClasses and roles, one group
   * over two source countries, the EU as a side.
   */
  private static List<Event> ties() {
    List<Event> out = new ArrayList<>();
    Actor vnm = new Actor("VNMGOV", null, "VNM", null, null, null, List.of("GOV"));
    Actor chn = new Actor("CHNGOV", null, "CHN", null, null, null, List.of("GOV"));
    Actor eu = new Actor("EEC", null, null, "EEC", null, null, List.of());
    Actor ref = new Actor("VNMGOV", null, "VNM", null, null, null, List.of("REF"));
    Actor otherCountry = new Actor("VNMGOV", null, "LAO", null, null, null, List.of("GOV"));
    LocalDate d = DAY.plusDays(5);
    for (String id : List.of("t9", "t10", "t2")) {
      out.add(make("gdelt", id, d, vnm, chn, "042", 1.9, 1, QuadClass.VERBAL_COOPERATION));
    }
    out.add(make("gdelt", "u1", d, vnm, chn, "111", -2, 1, QuadClass.VERBAL_CONFLICT));
    out.add(make("gdelt", "u2", d, vnm, chn, "111", -2, 7, QuadClass.VERBAL_CONFLICT));
    out.add(make("gdelt", "u3", d, vnm, chn, "111", -2, 7, QuadClass.MATERIAL_CONFLICT));
    out.add(make("gdelt", "u4", d, ref, chn, "111", -2, 2, QuadClass.VERBAL_CONFLICT));
    out.add(make("gdelt", "v1", d, vnm, eu, "036", -0.0, 1, QuadClass.VERBAL_COOPERATION));
    out.add(make("gdelt", "v0", d, chn, vnm, "036", 0.0, 1, QuadClass.VERBAL_COOPERATION));
    out.add(make("gdelt", "w1", d.plusDays(1), eu, vnm, "036", 4, 1, QuadClass.VERBAL_COOPERATION));
    out.add(make("gdelt", "w0", d, vnm, eu, "037", 4, 1, QuadClass.VERBAL_COOPERATION));
    out.add(make("gdelt", "x1", d, vnm, chn, "190", -10, 1, QuadClass.MATERIAL_CONFLICT));
    out.add(make("gdelt", "x2", d, otherCountry, chn, "190", -10, 1, QuadClass.MATERIAL_CONFLICT));
    // the same native id in another dataset, with more articles (so no tie the SQL leaves open)
    out.add(make("acled", "x1", d, vnm, chn, "190", -10, 3, QuadClass.MATERIAL_CONFLICT));
    return out;
  }

  private static Event make(
      String dataset,
      String id,
      LocalDate day,
      Actor source,
      Actor target,
      String code,
      double goldstein,
      int articles,
      QuadClass quad) {
    return new Event(
        dataset,
        id,
        day,
        null,
        source,
        target,
        CameoCode.of(code),
        true,
        quad,
        goldstein,
        articles,
        1,
        articles,
        Double.NaN,
        new Location(
            "VNM",
            null,
            Double.NaN,
            Double.NaN,
            org.amity.event.GeoPrecision.COUNTRY,
            null,
            "SOUTH_CHINA_SEA"),
        "https://example.org/" + id,
        null,
        null,
        null);
  }
}
