package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.forecast.ewp.EwpRanking;
import org.amity.forecast.store.ForecastStore;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastListCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RUN = "piracy-poisson-2019-12-20261207120000";
  private static final String CAVEAT =
      "IMB's reports end in 2017-12, so from 2018-01 the merged series counts NGA ASAM reports"
          + " only.";

  @TempDir Path dir;
  String db;

  /** A stored count run (scores as the backtest leaves them: full doubles, no reliability bins). */
  @BeforeEach
  void plant() throws Exception {
    db = dir.resolve("f.duckdb").toString();
    try (DuckDbStorage s = DuckDbStorage.open(dir.resolve("f.duckdb"))) {
      ForecastStore f = s.forecasts();
      f.save(
          new ForecastStore.Run(
              RUN,
              "piracy",
              "poisson",
              2019 * 12 + 11,
              1,
              "month",
              "count",
              "{\"calibrator\":\"none\",\"seed\":90035,\"caveat\":\"" + CAVEAT + "\"}"),
          List.of(
              new ForecastStore.UnitForecast(
                  "malacca-singapore",
                  "Malacca and Singapore Straits",
                  "2020-01",
                  2020,
                  5.4912,
                  4.1,
                  6.9,
                  1),
              new ForecastStore.UnitForecast(
                  "south-china-sea", "South China Sea", "2020-01", 2020, 0.6912, 0.4, 1.0, 2)));
      Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
      scores.put("model", score(1.2236547612345678, 0.8231098765432101));
      scores.put("baseRate", score(1.1091234567890123, 0.87812345678901));
      f.saveEvaluation(
          RUN,
          new ForecastStore.Evaluation(
              "none", 1983 * 12, 2019 * 12 + 10, 1317, 1662, scores, List.of()));
    }
  }

  private static Map<String, Double> score(double mae, double crps) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("mae", mae);
    m.put("crps", crps);
    return m;
  }

  @Test
  void oneRunPrintsScoresToFourSignificantDigitsTheBaseRateAndNoEmptyReliabilityHeader() {
    Cli.Run r = Cli.run("forecast", "list", "--run", RUN, "--db", db);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Piracy and armed robbery at sea: The expected number of piracy and armed-robbery"
                + " incidents in the sea area in 2020-01. "
                + CAVEAT)
        .contains("1,317 cases, 1,662 incidents (1.262 per case on average)")
        .contains("model          mae 1.224  crps 0.8231")
        .contains("baseRate       mae 1.109  crps 0.8781")
        .doesNotContain("{mae=")
        .doesNotContain("1.2236547")
        .doesNotContain("reliability");
  }

  @Test
  void theYearTableSaysWhatTheValuesMeanAndTheBaseRate() throws Exception {
    Cli.Run r = Cli.run("forecast", "list", "--target", "piracy", "--year", "2020", "--db", db);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("incidents in the sea area in 2020-01. " + CAVEAT)
        .contains("out of time (origins 1983-01 to 2019-11): 1,317 cases, 1,662 incidents");
    Cli.Run j =
        Cli.run("forecast", "list", "--target", "piracy", "--year", "2020", "--db", db, "--json");
    assertThat(j.exit()).as(j.err()).isZero();
    JsonNode n = JSON.readTree(j.out());
    List<String> keys = new ArrayList<>();
    n.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .startsWith("target", "year", "runId", "model", "origin", "valueKind", "forecasts")
        .contains("meaning", "baseRate");
    assertThat(n.get("meaning").asText()).endsWith(CAVEAT);
    assertThat(n.get("baseRate").asDouble()).isCloseTo(1662.0 / 1317, within(1e-6));
    assertThat(n.get("forecasts").get(0).get("value").asDouble()).isEqualTo(5.4912);
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }

  @Test
  void eachProbabilitySaysHowTheBacktestsForecastsAtThatLevelTurnedOutAndEmptyBinsReadAsDashes()
      throws Exception {
    String run = "ucdp-logit-2024-20261207120000";
    try (DuckDbStorage s = DuckDbStorage.open(dir.resolve("f.duckdb"))) {
      ForecastStore f = s.forecasts();
      f.save(
          new ForecastStore.Run(
              run, "ucdp", "logit", 2024, 1, "year", "probability", "{\"calibrator\":\"platt\"}"),
          List.of(
              new ForecastStore.UnitForecast("SSD", "South Sudan", "2025", 2025, 0.75, 0.6, 0.9, 1),
              new ForecastStore.UnitForecast(
                  "THA", "Thailand", "2025", 2025, 0.02, 0.01, 0.04, 2)));
      Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
      scores.put("model", Map.of("brier", 0.03));
      f.saveEvaluation(
          run,
          new ForecastStore.Evaluation(
              "platt",
              2000,
              2023,
              4415,
              162,
              scores,
              List.of(
                  new ForecastStore.Reliability("model", 0.0, 0.05, 4000, 0.01, 40),
                  new ForecastStore.Reliability("model", 0.05, 0.2, 400, 0.1, 118),
                  new ForecastStore.Reliability("model", 0.2, 0.5, 0, Double.NaN, 0),
                  new ForecastStore.Reliability("model", 0.5, 1.0, 15, 0.637, 4),
                  new ForecastStore.Reliability("published", 0.5, 1.0, 3, 0.6, 3))));
    }
    Cli.Run r = Cli.run("forecast", "list", "--run", run, "--db", db);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("past forecasts at this level")
        .contains("4 of 15 came true (27%)")
        .contains("40 of 4000 came true (1.0%)")
        .as("an empty bin's mean and rate are undefined, printed as a dash")
        .contains("[0.200, 0.500)      0         –         –")
        .doesNotContain("NaN");
    Cli.Run j = Cli.run("forecast", "list", "--run", run, "--db", db, "--json");
    assertThat(j.exit()).as(j.err()).isZero();
    JsonNode top = JSON.readTree(j.out()).get("forecasts").get(0).get("pastAtThisLevel");
    assertThat(top.get("from").asDouble()).isEqualTo(0.5);
    assertThat(top.get("cases").asInt()).isEqualTo(15);
    assertThat(top.get("events").asInt()).isEqualTo(4);
    Cli.Run counts =
        Cli.run("forecast", "list", "--target", "piracy", "--year", "2020", "--db", db, "--json");
    assertThat(JSON.readTree(counts.out()).get("forecasts").get(0).get("pastAtThisLevel").isNull())
        .isTrue();
  }

  @Test
  void theEwpColumnNamesItsYearsAndStandsOnlyBesideAForecastOfTheSameYears() {
    List<ForecastStore.UnitForecast> rows =
        List.of(
            new ForecastStore.UnitForecast(
                "Burma/Myanmar", "Myanmar", "2025", 2025, 0.0307, 0.02, 0.05, 1));
    EwpRanking oneYear =
        new EwpRanking(
            "2025",
            "risk.2025only.from2024",
            Map.of("Burma/Myanmar", new EwpRanking.Entry(0.06319, 1)));
    String text = printed(rows, oneYear);
    assertThat(text)
        .contains("EWP rank, 2025")
        .contains("   1 (0.0632)")
        .contains("risk of an onset in 2025 (one year, like these forecasts;")
        .contains("risk.2025only.from2024");
    Map<String, Object> json =
        ForecastListCommand.rows(rows, oneYear, java.util.Optional.empty()).get(0);
    assertThat(json)
        .containsEntry("publishedRank", 1)
        .containsEntry("publishedRisk", 0.06319)
        .containsEntry("publishedPeriod", "2025");

    // EWP's two-year risk is not set beside a one-year forecast
    EwpRanking twoYears =
        new EwpRanking(
            "2025-2026",
            "risk.2025and2026.from2024",
            Map.of("Burma/Myanmar", new EwpRanking.Entry(0.1041, 1)));
    assertThat(printed(rows, twoYears)).doesNotContain("EWP").doesNotContain("0.1041");
    assertThat(ForecastListCommand.rows(rows, twoYears, java.util.Optional.empty()).get(0))
        .doesNotContainKeys("publishedRank", "publishedRisk", "publishedPeriod");
  }

  /** Two ewp runs of 2025: one-year (stored first) and two-year (stored last, no track record). */
  private void plantTwoHorizons() {
    try (DuckDbStorage s = DuckDbStorage.open(dir.resolve("f.duckdb"))) {
      ForecastStore f = s.forecasts();
      f.save(
          new ForecastStore.Run(
              "ewp-logit-2024-h1", "ewp", "logit", 2024, 1, "year", "probability", "{}"),
          List.of(
              new ForecastStore.UnitForecast(
                  "Indonesia", "Indonesia", "2025", 2025, 0.0312, 0.02, 0.05, 1)));
      f.save(
          new ForecastStore.Run(
              "ewp-logit-2024-h2", "ewp", "logit", 2024, 2, "year", "probability", "{}"),
          List.of(
              new ForecastStore.UnitForecast(
                  "Indonesia", "Indonesia", "2025-2026", 2025, 0.0611, 0.04, 0.09, 1)));
    }
  }

  @Test
  void theYearListNamesTheHorizonShownAndTheOtherStoredAndHorizonPicksOne() throws Exception {
    plantTwoHorizons();
    Cli.Run r = Cli.run("forecast", "list", "--target", "ewp", "--year", "2025", "--db", db);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("ewp forecasts of run ewp-logit-2024-h2 (probability, 2-year)")
        .contains(
            "showing the 2-year run; ewp forecasts for 2025 of horizon 1 are stored too: add"
                + " --horizon 1 to see them")
        .contains("2025-2026");
    Cli.Run one =
        Cli.run(
            "forecast",
            "list",
            "--target",
            "ewp",
            "--year",
            "2025",
            "--horizon",
            "1",
            "--db",
            db,
            "--json");
    assertThat(one.exit()).as(one.err()).isZero();
    JsonNode n = JSON.readTree(one.out());
    assertThat(n.get("runId").asText()).isEqualTo("ewp-logit-2024-h1");
    assertThat(n.get("horizon").asInt()).isEqualTo(1);
    assertThat(n.get("otherHorizons").get(0).asInt()).isEqualTo(2);
    assertThat(n.get("otherHorizonsNote").asText()).contains("add --horizon 2");
    assertThat(n.get("forecasts").get(0).get("period").asText()).isEqualTo("2025");
    Cli.Run none =
        Cli.run(
            "forecast", "list", "--target", "ewp", "--year", "2025", "--horizon", "3", "--db", db);
    assertThat(none.exit()).isNotZero();
    assertThat(none.err()).contains("of horizon 3; stored horizons: [2, 1]");
    Cli.Run alone = Cli.run("forecast", "list", "--horizon", "1", "--db", db);
    assertThat(alone.exit()).isNotZero();
    assertThat(alone.err()).contains("--horizon goes with --target and --year");
    Cli.Run help = Cli.run("forecast", "list", "--help");
    assertThat(help.out()).contains("--horizon=N");
  }

  @Test
  void ewpsPublishedRankStandsBesideTheListedForecastsAtTheRunsHorizon() throws Exception {
    Path file = SharedDataPaths.ewpFile();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        file != null, "EWP's file is in the shared data (AMITY_TESTDATA)");
    plantTwoHorizons();
    // Indonesia: 15th of 168 for 2025 alone (0.02296), 12th for 2025 or 2026 (0.04841)
    Cli.Run one =
        Cli.run(
            "forecast", "list", "--target", "ewp", "--year", "2025", "--horizon", "1", "--db", db);
    assertThat(one.exit()).as(one.err()).isZero();
    assertThat(one.out()).contains("EWP rank, 2025").contains("  15 (0.0230)");
    Cli.Run two = Cli.run("forecast", "list", "--run", "ewp-logit-2024-h2", "--db", db);
    assertThat(two.exit()).as(two.err()).isZero();
    assertThat(two.out()).contains("EWP rank, 2025-2026").contains("  12 (0.0484)");
    Cli.Run j = Cli.run("forecast", "list", "--run", "ewp-logit-2024-h2", "--db", db, "--json");
    JsonNode n = JSON.readTree(j.out());
    assertThat(n.at("/forecasts/0/publishedRank").asInt()).isEqualTo(12);
    assertThat(n.at("/published/countries").asInt()).isEqualTo(168);
    assertThat(n.get("publishedMissing").isNull()).isTrue();
  }

  @Test
  void withoutEwpsFileTheRunSaysSoInsteadOfAnEmptyColumn() {
    ForecastStore.Run run =
        new ForecastStore.Run("r", "ewp", "logit", 2024, 1, "year", "probability", "{}");
    org.amity.app.json.ForecastYear.Published p =
        org.amity.app.json.ForecastYear.published(run, null);
    assertThat(p.ranking().isEmpty()).isTrue();
    assertThat(p.json()).isNull();
    assertThat(p.missing())
        .isEqualTo(
            "EWP's published ranking is not available here:"
                + " ewp-statrisk-2025/final_forecasts_data_3Sep2025.csv was not found in"
                + " $AMITY_TESTDATA, ../shared/data or beside the installation");
    ForecastStore.Run ucdp =
        new ForecastStore.Run("u", "ucdp", "logit", 2024, 1, "year", "probability", "{}");
    assertThat(org.amity.app.json.ForecastYear.published(ucdp, null).missing())
        .as("only ewp runs have EWP's ranking beside them")
        .isNull();
  }

  private static String printed(List<ForecastStore.UnitForecast> rows, EwpRanking published) {
    java.io.PrintStream out = System.out;
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      ForecastListCommand.printTable(rows, published, java.util.Optional.empty(), "ASEAN members");
    } finally {
      System.setOut(out);
    }
    return buf.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** EWP's file in the shared data, or null. */
  static final class SharedDataPaths {
    static Path ewpFile() {
      return org.amity.ingest.SharedData.find(
          org.amity.app.json.ForecastYear.EWP_FILE, ForecastListCommandTest.class);
    }
  }
}
