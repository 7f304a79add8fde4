package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.amity.event.Event;
import org.amity.ingest.Format;
import org.amity.ingest.acled.AcledSource;
import org.amity.ingest.maritime.PiracyFiles;
import org.amity.ingest.ucdp.GedSource;
import org.amity.pipeline.IngestPipeline;
import org.amity.pipeline.WatchJob;
import org.amity.pipeline.WatchStore;
import org.amity.signal.Alert;
import org.amity.signal.AlertQuery;
import org.amity.signal.DetectorConfig;
import org.amity.signal.Evidence;
import org.amity.signal.EvidencePool;
import org.amity.signal.EvidenceRecord;
import org.amity.signal.EvidenceRecords;
import org.amity.signal.Scope;
import org.amity.signal.SignalReader;
import org.amity.signal.daily.EventClass;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulationSettings;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stored rows behind an evidence item are the rows its count was made from: as many as the
 * item's {@code reports}, the shown row first, on fixtures, on a watched simulation (in the
 * embedded store and in the cluster store read from the same tables), and on the shared real files.
 */
class EvidenceRecordsTest {
  @TempDir Path dir;

  private static final LocalDate DAY = RecordedIncidents.DAY;

  @Test
  void anEvidenceItemListsEveryRecordItCounts() throws SQLException {
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      DailyIndicatorsMatchSqlTest.ingest(store, "recorded", RecordedIncidents.events());
      List<WatchStore.EvidenceWindow> windows = new ArrayList<>();
      for (String[] s :
          new String[][] {
            {"country", "PHL"},
            {"country", "MMR"},
            {"country", "MYS"},
            {"area", "SULU_CELEBES"},
            {"area", "MALACCA_SINGAPORE"},
            {"area", "SOUTH_CHINA_SEA"},
            {"dyad", "MMR>MMR"},
            {"dyad", "PHL>PHL"},
            {"dyad", "IDN>SGP"}
          }) {
        for (EventClass cls : EventClass.values()) {
          windows.add(
              new WatchStore.EvidenceWindow(
                  windows.size(), Scope.parse(s[0]), s[1], DAY, DAY.plusDays(9), cls.name()));
        }
      }
      Map<Integer, List<EvidencePool.Item>> pools =
          DuckDbStorage.over(store).watch().evidencePools(windows, 200);
      EvidenceQueries q = new EvidenceQueries(store.connection());
      int items = 0;
      int acledGroups = 0;
      int gdeltGroups = 0;
      for (WatchStore.EvidenceWindow w : windows) {
        for (EvidencePool.Item item : pools.getOrDefault(w.key(), List.of())) {
          Event shown = item.event();
          List<Event> rows =
              q.records(w.scope(), w.subject(), w.eventClass(), shown.dataset(), shown.nativeId());
          String what = w + " " + shown.dataset() + " " + shown.nativeId();
          assertThat(rows).as(what).hasSize(item.reports());
          assertThat(rows.get(0)).as(what + ": the shown row first").isEqualTo(shown);
          assertThat(rows)
              .as(what + ": one group")
              .allSatisfy(
                  e -> {
                    assertThat(e.eventDate()).isEqualTo(shown.eventDate());
                    assertThat(e.code()).isEqualTo(shown.code());
                    assertThat(e.source().code()).isEqualTo(shown.source().code());
                    assertThat(e.target().code()).isEqualTo(shown.target().code());
                    assertThat(e.action().country()).isEqualTo(shown.action().country());
                  });
          items++;
          long acled = rows.stream().filter(e -> e.dataset().equals("acled")).count();
          long gdelt = rows.stream().filter(e -> e.dataset().equals("gdelt")).count();
          acledGroups += acled > 1 ? 1 : 0;
          gdeltGroups += gdelt > 1 ? 1 : 0;
        }
      }
      assertThat(items).isGreaterThan(20);
      assertThat(acledGroups).as("items of several ACLED records").isPositive();
      assertThat(gdeltGroups).as("items of several GDELT reports").isPositive();
      // the nine protests of day 5 are nine ACLED records behind one item, ordered by native id
      List<Event> protests = q.records(Scope.COUNTRY, "MMR", "ALL", "acled", "p0");
      assertThat(protests)
          .extracting(Event::nativeId)
          .containsExactly("p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8");
      // day 0: the shown GDELT report first, then the two ACLED records, then the other reports
      List<Event> clash = q.records(Scope.COUNTRY, "PHL", "CONFLICT", "gdelt", "a3");
      assertThat(clash)
          .extracting(e -> e.dataset() + ":" + e.nativeId())
          .containsExactly(
              "gdelt:a3", "acled:a2", "acled:a5", "gdelt:a0", "gdelt:a1", "gdelt:a4", "gdelt:a6");
      // a sea area's pirates include the seizures on its coast (Sabah), in that class only
      assertThat(q.records(Scope.AREA, "SULU_CELEBES", "PIRATE", "piracy", "imb:3"))
          .extracting(Event::nativeId)
          .containsExactly("imb:3", "imb:4");
      assertThat(q.records(Scope.AREA, "SULU_CELEBES", "ALL", "piracy", "imb:3")).isEmpty();
      // an item holds the records of one piracy file, a news report on the same terms apart; an
      // IMB and an ASAM record of one key and day are two items (audit3 G2)
      assertThat(q.records(Scope.AREA, "MALACCA_SINGAPORE", "ALL", "piracy", "asam:1"))
          .extracting(Event::nativeId)
          .containsExactly("asam:1", "asam:2");
      assertThat(q.records(Scope.AREA, "MALACCA_SINGAPORE", "ALL", "gdelt", "d1"))
          .extracting(Event::nativeId)
          .containsExactly("d1");
      assertThat(q.records(Scope.AREA, "SOUTH_CHINA_SEA", "ALL", "piracy", "asam:8"))
          .extracting(Event::nativeId)
          .containsExactly("asam:8");
      assertThat(q.records(Scope.AREA, "SULU_CELEBES", "ALL", "piracy", "imb:5"))
          .extracting(Event::nativeId)
          .containsExactly("imb:5");
      // a row outside the window's class is no item of it
      assertThat(q.records(Scope.COUNTRY, "MMR", "DEADLY", "acled", "p0")).isEmpty();
      assertThat(q.records(Scope.COUNTRY, "MMR", "ALL", "acled", "nothing")).isEmpty();
    }
  }

  @Test
  void everyItemOfEveryAlertListsAsManyRowsAsItCountsInTheEmbeddedAndTheClusterStore()
      throws Exception {
    Path sim = dir.resolve("sim");
    new ScenarioSimulator(
            GdeltProfile.standard(),
            SimulationSettings.of(200, 5L, LocalDate.of(2025, 1, 1), 300, null, null))
        .writeTo(sim, true);
    List<Path> files;
    try (Stream<Path> s = Files.list(sim)) {
      files = s.filter(p -> p.toString().endsWith(".export.CSV")).sorted().toList();
    }
    Path out = dir.resolve("out");
    List<EvidenceRecords> embedded;
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("a.duckdb"))) {
      new IngestPipeline(store, null, null)
          .run(files, IngestPipeline.formats(Set.of(Format.GDELT2)));
      DuckDbStorage storage = DuckDbStorage.over(store);
      new WatchJob(storage.watch(), DetectorConfig.standard(), WatchJob.Options.standard())
          .run(true);
      embedded = everyItem(storage.signals());
      ClusterOutputFixture.writeJobOutput(store, out);
    }
    assertThat(embedded).isNotEmpty();
    EvidenceRecords one = embedded.get(0);
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("a.duckdb"))) {
      SignalReader signals = DuckDbStorage.over(store).signals();
      int n = signals.alert(one.alertId()).orElseThrow().evidence().size();
      assertThatThrownBy(() -> signals.evidenceRecords(one.alertId(), n + 1))
          .isInstanceOf(EvidenceRecords.Missing.class)
          .hasMessageContaining("alert " + one.alertId() + " has ")
          .hasMessageEndingWith(", not " + (n + 1));
      assertThatThrownBy(() -> signals.evidenceRecords(one.alertId(), 0))
          .isInstanceOf(EvidenceRecords.Missing.class);
    }
    assertThat(embedded).anySatisfy(r -> assertThat(r.records()).hasSizeGreaterThan(1));
    try (DuckDbStorage cluster = ClusterOutput.attach(out).storage()) {
      assertThat(everyItem(cluster.signals())).isEqualTo(embedded);
    }
  }

  /** Every item of every alert, each checked: as many rows as it counts, the shown one first. */
  static List<EvidenceRecords> everyItem(SignalReader signals) {
    List<EvidenceRecords> out = new ArrayList<>();
    for (Alert a : signals.alerts(AlertQuery.status("all"))) {
      for (int k = 1; k <= a.evidence().size(); k++) {
        EvidenceRecords r = signals.evidenceRecords(a.id(), k);
        Evidence e = a.evidence().get(k - 1);
        String what = "alert " + a.id() + " " + a.indicator() + " item " + k + " " + e;
        assertThat(r.note()).as(what).isNull();
        assertThat(r.records()).as(what).hasSize(e.reports());
        assertThat(r.complete()).as(what).isTrue();
        EvidenceRecord first = r.records().get(0);
        assertThat(first.shown()).as(what).isTrue();
        assertThat(first.dataset() + first.nativeId()).isEqualTo(e.dataset() + e.nativeId());
        assertThat(r.records().stream().filter(EvidenceRecord::shown)).hasSize(1);
        out.add(r);
      }
    }
    return out;
  }

  @Test
  void aMissingAlertOrItemIsSaidPlainly() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      SignalReader signals = DuckDbStorage.over(store).signals();
      assertThatThrownBy(() -> signals.evidenceRecords(42, 1))
          .isInstanceOf(EvidenceRecords.Missing.class)
          .hasMessage("no alert 42");
    }
  }

  @Test
  void onTheSharedFilesEveryItemListsAsManyRowsAsItCounts() throws Exception {
    Path acled = TestData.file("acled/acled_indonesia_2019-2020.csv");
    Path legacy = TestData.file("acled/acled_asia2015_sea_legacy.csv");
    Path ged = TestData.file("ucdp-ged/ged_hdx_philippines_1989-2021.csv");
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("real.duckdb"))) {
      for (Path p : List.of(acled, legacy)) {
        try (AcledSource s = AcledSource.open(p, p.getFileName().toString(), null)) {
          store.ingest(s, null);
        }
      }
      try (GedSource s = GedSource.open(ged, ged.getFileName().toString(), null)) {
        store.ingest(s, null);
      }
      for (String f :
          List.of("piracy/imb_pirate_attacks_1993-2017.csv", "piracy/nga_asam_1978-2019.csv")) {
        Path p = TestData.file(f);
        try (org.amity.ingest.EventSource s =
            PiracyFiles.open(p, p.getFileName().toString(), null)) {
          store.ingest(s, null);
        }
      }
      store.mergePiracyTwins();
      DailyIndicatorsMatchSqlTest.scan(
          store, TestData.file("gdelt/events/20130401.export.CSV.gz"), Format.GDELT1);
      DailyIndicatorsMatchSqlTest.scan(
          store, TestData.file("gdelt/events/20161013151500.export.CSV"), Format.GDELT2);
      DuckDbStorage storage = DuckDbStorage.over(store);
      new WatchJob(storage.watch(), DetectorConfig.standard(), WatchJob.Options.standard())
          .run(true);
      List<EvidenceRecords> all = everyItem(storage.signals());
      long several = all.stream().filter(r -> r.records().size() > 1).count();
      System.out.printf(
          "real files: %d alerts, %d items checked, %d of several records, %d records%n",
          storage.signals().countAlerts(AlertQuery.status("all")),
          all.size(),
          several,
          all.stream().mapToInt(r -> r.records().size()).sum());
      assertThat(all).hasSizeGreaterThan(20);
      assertThat(several).as("items of several records").isPositive();
      // not ACLED since its deaths are read only where it covered a country (audit3 G4): its one
      // year per country (2015; Indonesia 2019-2020) is too short for the monthly lens's history,
      // so no alert of these files draws on ACLED; the grouping of its records is checked above
      for (String dataset : List.of("ucdp-ged", "piracy")) {
        assertThat(all)
            .as("items of several %s records", dataset)
            .anySatisfy(
                r -> {
                  assertThat(r.evidence().dataset()).isEqualTo(dataset);
                  assertThat(r.records()).hasSizeGreaterThan(1);
                });
      }
      assertThat(all)
          .anySatisfy(
              r -> assertThat(r.records()).anySatisfy(x -> assertThat(x.deaths()).isNotNull()));
    }
  }
}
