package org.amity.forecast.deaths;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amity.forecast.ForecastSetup;
import org.amity.forecast.backtest.Backtest;
import org.amity.forecast.backtest.BacktestReport;
import org.amity.forecast.backtest.Case;
import org.amity.forecast.backtest.FutureLeakCheck;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.piracy.IncidentCounts;
import org.amity.ingest.ucdp.GedSource;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbStorage;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeathsPanelTest {
  @TempDir Path dir;

  /** Deaths of two provinces of one country; months after {@code t} hold {@code future}. */
  private static ProvinceDeaths history(int t, long future) {
    List<GedMonthDeaths.ProvinceMonth> rows = new ArrayList<>();
    for (int m = IncidentCounts.month(2000, 1); m <= IncidentCounts.month(2008, 12); m++) {
      long v = m > t ? future : (m % 5 == 0 ? 3 : 0);
      int y = m / 12;
      int mo = m % 12 + 1;
      rows.add(new GedMonthDeaths.ProvinceMonth("PHL", "Sulu province", y, mo, v, 1));
      if (m % 7 == 0) {
        rows.add(
            new GedMonthDeaths.ProvinceMonth(
                "PHL", "Basilan province", y, mo, m > t ? future : 1, 1));
      }
    }
    return ProvinceDeaths.of(() -> rows);
  }

  @Test
  void featuresAndLabelsDueByAnOriginNeverSeeLaterDeaths() {
    int t = IncidentCounts.month(2005, 6);
    Panel truth = DeathsPanel.build(history(t, 0), Map.of());
    Panel otherFuture = DeathsPanel.build(history(t, 40), Map.of());
    FutureLeakCheck.assertNothingLeaks(truth, otherFuture, t);
  }

  @Test
  void aProvinceIsAtRiskFromItsFirstDeadlyEventOnly() {
    ProvinceDeaths d = history(IncidentCounts.month(2009, 1), 0);
    Panel p = DeathsPanel.build(d, Map.of());
    int basilanFirst =
        d.provinces().stream()
            .filter(x -> x.name().contains("Basilan"))
            .findFirst()
            .orElseThrow()
            .firstMonth();
    assertThat(p.cases())
        .filteredOn(c -> c.unit().equals("PHL:Basilan province"))
        .allSatisfy(c -> assertThat(c.period()).isGreaterThanOrEqualTo(basilanFirst))
        .isNotEmpty();
  }

  @Test
  void eventsWithoutAProvinceCountInTheirCountrysDeathsButAreNeverAProvinceToForecast() {
    List<GedMonthDeaths.ProvinceMonth> rows =
        List.of(
            new GedMonthDeaths.ProvinceMonth("PHL", "Sulu province", 2000, 1, 2, 1),
            new GedMonthDeaths.ProvinceMonth("PHL", "", 2000, 2, 5, 1),
            new GedMonthDeaths.ProvinceMonth("PHL", null, 2000, 3, 7, 1),
            new GedMonthDeaths.ProvinceMonth("PHL", "Sulu province", 2000, 6, 1, 1));
    Panel p = DeathsPanel.build(ProvinceDeaths.of(() -> rows), Map.of());
    assertThat(p.cases()).extracting(Case::unit).containsOnly("PHL:Sulu province");
    assertThat(p.notes()).containsEntry("provinces", "1");
    Case march =
        p.cases().stream()
            .filter(c -> c.period() == IncidentCounts.month(2000, 3))
            .findFirst()
            .orElseThrow();
    int country = List.of(DeathsPanel.FEATURES).indexOf("log_country_deaths12");
    assertThat(march.x()[country]).isEqualTo(Math.log1p(2 + 5 + 7));
    assertThat(p.notes().get("withoutProvince")).contains("Philippines 12 deaths");
  }

  @Test
  void theRunSaysWhichCountrysRecordEndsEarlyAndSoHasNoProvinceForecast() {
    List<GedMonthDeaths.ProvinceMonth> rows =
        List.of(
            new GedMonthDeaths.ProvinceMonth("PHL", "Sulu province", 2018, 1, 2, 1),
            new GedMonthDeaths.ProvinceMonth("IDN", "Aceh province", 2018, 3, 1, 1),
            new GedMonthDeaths.ProvinceMonth("IDN", "Papua province", 2019, 12, 1, 1),
            new GedMonthDeaths.ProvinceMonth("PHL", "Sulu province", 2021, 12, 4, 1));
    Panel p = DeathsPanel.build(ProvinceDeaths.of(() -> rows), Map.of());
    assertThat(p.notes().get("coverage")).endsWith("Indonesia 2019-12, Philippines 2021-12");
    assertThat(p.notes().get(Panel.CAVEAT))
        .isEqualTo(
            "Provinces are forecast only where the country's GED record runs to 2021-12:"
                + " Indonesia's ends 2019-12, so none of its provinces is listed.");
    assertThat(
            DeathsPanel.build(ProvinceDeaths.of(() -> rows.subList(0, 1)), Map.of())
                .notes()
                .containsKey(Panel.CAVEAT))
        .isFalse();
  }

  @Test
  void readsTheSharedGedFilesIntoProvinceMonthsWithEachCountrysOwnCoverage() throws Exception {
    Panel p = DeathsPanel.read(TestData.file("ucdp-ged"));
    assertThat(p.notes()).containsEntry("gedRows", Integer.toString(4_035 + 1_734));
    assertThat(p.cases()).extracting(Case::unit).anyMatch(u -> u.startsWith("IDN:Aceh"));
    assertThat(p.cases()).extracting(Case::name).noneMatch(n -> n.contains("no province"));
    int idnLast = IncidentCounts.month(2019, 12);
    assertThat(p.cases())
        .filteredOn(c -> c.unit().startsWith("IDN:"))
        .allSatisfy(c -> assertThat(c.period()).isLessThanOrEqualTo(idnLast));
    assertThat(p.cases())
        .filteredOn(
            c -> c.unit().startsWith("PHL:") && c.period() == IncidentCounts.month(2021, 12))
        .allSatisfy(c -> assertThat(c.outcome()).isNaN())
        .isNotEmpty();
    double deadlyMonths = p.cases().stream().filter(c -> c.outcome() == 1).count();
    assertThat(deadlyMonths).isGreaterThan(2_000);
  }

  @Test
  void theStoredGedEventsGiveTheSamePanelAsTheFiles() throws Exception {
    Path folder = TestData.file("ucdp-ged");
    Panel files = DeathsPanel.read(folder);
    Panel stored;
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("a.duckdb"))) {
      for (String f :
          new String[] {"ged_hdx_philippines_1989-2021.csv", "ged_hdx_indonesia_1989-2019.csv"}) {
        try (GedSource s = GedSource.open(folder.resolve(f), f, null)) {
          store.ingest(s, null);
        }
      }
      stored =
          new ForecastSetup("deaths", "logit", 1, null, folder.getParent())
              .panelFromStore(null, null, DuckDbStorage.over(store).gedMonthDeaths(), "a");
    }
    assertThat(stored.cases()).hasSameSizeAs(files.cases());
    for (int i = 0; i < files.cases().size(); i++) {
      Case a = files.cases().get(i);
      Case b = stored.cases().get(i);
      assertThat(b.unit() + b.period()).isEqualTo(a.unit() + a.period());
      assertThat(b.x()).isEqualTo(a.x());
      assertThat(Double.valueOf(b.outcome())).isEqualTo(Double.valueOf(a.outcome()));
    }
  }

  @Test
  void onTheSharedSampleTheModelBeatsTheBaseRateOutOfTime() throws Exception {
    ForecastSetup setup =
        new ForecastSetup("deaths", "logit", 1, null, TestData.file("ucdp-ged").getParent());
    Panel p = setup.panel();
    BacktestReport r =
        new Backtest(new org.amity.forecast.score.Bootstrap(10, 5))
            .run(
                p,
                setup.caseModel(),
                90035,
                IncidentCounts.month(2010, 1),
                IncidentCounts.month(2014, 12),
                false,
                "platt");
    assertThat(r.modelScores().get("brier")).isLessThan(r.baselines().get("baseRate").get("brier"));
    assertThat(r.modelScores().get("auc")).isGreaterThan(0.7);
  }
}
