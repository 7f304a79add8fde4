package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<String> keys(JsonNode n) {
    List<String> k = new ArrayList<>();
    n.fieldNames().forEachRemaining(k::add);
    return k;
  }

  private static String data() {
    return TestData.file("ewp-statrisk-2025").getParent().toString();
  }

  @Test
  void eventBacktestPrintsTheContractJsonWithEveryBaselineOnTheSameKeys() throws Exception {
    Cli.Run r =
        Cli.run(
            "forecast",
            "backtest",
            "--target",
            "ewp",
            "--data",
            data(),
            "--first-origin",
            "2023",
            "--bootstrap",
            "20",
            "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(keys(j))
        .containsExactly(
            "target",
            "horizon",
            "folds",
            "model",
            "betterWhen",
            "baselines",
            "provenance",
            "calibration",
            "publishedCalibration");
    assertThat(j.at("/betterWhen/brier").asText()).isEqualTo("lower");
    assertThat(j.at("/betterWhen/auc").asText()).isEqualTo("higher");
    assertThat(j.get("provenance").get("calibrator").asText()).isEqualTo("platt");
    assertThat(j.get("baselines").has("uncalibrated")).isTrue();
    assertThat(keys(j.get("calibration").get(0)))
        .containsExactly("from", "to", "cases", "meanForecast", "events", "observedRate");
    assertThat(j.get("target").asText()).isEqualTo("ewp");
    assertThat(j.get("folds").asInt()).isEqualTo(1);
    assertThat(keys(j.get("model"))).containsExactly("brier", "auc", "ap", "logLoss");
    for (String b : List.of("noChange", "baseRate", "published")) {
      assertThat(keys(j.get("baselines").get(b))).containsExactly("brier", "auc", "ap", "logLoss");
    }
    JsonNode prov = j.get("provenance");
    assertThat(prov.get("dataFiles").get("FOOSforecasts_3Sep2025.csv").asText()).hasSize(64);
    assertThat(prov.get("seed").asLong()).isEqualTo(90035);
    assertThat(prov.get("cases").asInt()).isEqualTo(168);
  }

  @Test
  void stableCalibrationKeepsTheReliabilityTableAndListsItsMapsInTheDetail() throws Exception {
    JsonNode j = backtestWithTwoMaps("stable");
    JsonNode maps = j.get("provenance").get("calibrationMaps");
    assertThat(keys(maps.get(0))).containsExactly("origin", "a", "b");
    assertThat(j.get("baselines").has("uncalibrated")).isTrue();
  }

  @Test
  void fixedCalibrationListsTheOneMapAtEveryOriginAndKeepsTheReliabilityTable() throws Exception {
    JsonNode j = backtestWithTwoMaps("fixed");
    JsonNode maps = j.get("provenance").get("calibrationMaps");
    assertThat(maps.get(1).get("origin").asText()).isEqualTo("2023");
    assertThat(maps.get(1).get("a")).isEqualTo(maps.get(0).get("a"));
    assertThat(maps.get(1).get("b")).isEqualTo(maps.get(0).get("b"));
    assertThat(maps.get(0).get("b").asDouble()).isNotEqualTo(1.0);
    JsonNode raw = j.get("baselines").get("uncalibrated");
    assertThat(j.get("model").get("auc")).isEqualTo(raw.get("auc"));
    assertThat(j.get("model").get("ap")).isEqualTo(raw.get("ap"));
  }

  @Test
  void anchoredCalibrationListsOneSlopeAndAMovingInterceptAndKeepsTheReliabilityTable()
      throws Exception {
    JsonNode j = backtestWithTwoMaps("anchored");
    JsonNode maps = j.get("provenance").get("calibrationMaps");
    assertThat(maps.get(1).get("origin").asText()).isEqualTo("2023");
    assertThat(maps.get(1).get("b")).isEqualTo(maps.get(0).get("b"));
    assertThat(maps.get(0).get("b").asDouble()).isNotEqualTo(1.0);
    assertThat(maps.get(1).get("a"))
        .as("2022's outcomes move the level")
        .isNotEqualTo(maps.get(0).get("a"));
    JsonNode fixed = backtestWithTwoMaps("fixed").get("provenance").get("calibrationMaps");
    assertThat(maps.get(0).get("b")).isEqualTo(fixed.get(0).get("b"));
    assertThat(j.get("baselines").has("uncalibrated")).isTrue();
  }

  @Test
  void countBacktestUsesCountScoresAndSaysSo() throws Exception {
    Cli.Run r =
        Cli.run(
            "forecast",
            "backtest",
            "--target",
            "piracy",
            "--data",
            data(),
            "--bootstrap",
            "20",
            "--detail",
            "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(keys(j.get("model"))).containsExactly("mae", "crps");
    assertThat(keys(j.get("baselines")))
        .containsExactly("noChange", "baseRate", "lastPoisson", "published");
    assertThat(j.get("baselines").get("published").isNull()).isTrue();
    assertThat(j.get("provenance").get("scores").asText()).contains("counts");
    assertThat(j.get("intervals95").get("model").get("crps")).hasSize(2);
  }

  @Test
  void trainStoresRankedForecastsThatListReturns() throws Exception {
    String db = dir.resolve("amity.duckdb").toString();
    Cli.Run t =
        Cli.run(
            "forecast",
            "train",
            "--target",
            "piracy",
            "--data",
            data(),
            "--db",
            db,
            "--resamples",
            "5",
            "--json");
    assertThat(t.exit()).as(t.err()).isZero();
    JsonNode run = JSON.readTree(t.out());
    assertThat(run.get("period").asText()).isEqualTo("2018-01");
    Cli.Run l =
        Cli.run("forecast", "list", "--target", "piracy", "--year", "2018", "--db", db, "--json");
    assertThat(l.exit()).as(l.err()).isZero();
    JsonNode list = JSON.readTree(l.out());
    JsonNode rows = list.get("forecasts");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(rows.get(0).get("value").asDouble())
        .isGreaterThanOrEqualTo(rows.get(1).get("value").asDouble());
    assertThat(rows.get(0).get("low").asDouble())
        .isLessThanOrEqualTo(rows.get(0).get("high").asDouble());
  }

  @Test
  void trainCalibratesEventForecastsLikeTheBacktestAndStoresHow() throws Exception {
    JsonNode platt = train("platt");
    JsonNode none = train("none");
    assertThat(platt.get("provenance").get("calibrator").asText()).isEqualTo("platt");
    assertThat(none.get("provenance").get("calibrator").asText()).isEqualTo("none");
    assertThat(none.get("provenance").get("calibration").get("b").asDouble()).isEqualTo(1.0);
    assertThat(platt.get("provenance").get("calibration").get("b").asDouble()).isNotEqualTo(1.0);
    JsonNode a = platt.get("top");
    JsonNode b = none.get("top");
    assertThat(a.get(0).get("value").asDouble()).isNotEqualTo(b.get(0).get("value").asDouble());
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).get("unit").asText()).isEqualTo(b.get(i).get("unit").asText());
    }
  }

  @Test
  void liveRecentCalibrationIsThePlattMapAndStableAndFixedNameThemselves() throws Exception {
    // the live history is already the last ten origins, so the ten-origin window changes nothing
    JsonNode recent = train("recent");
    JsonNode platt = train("platt");
    JsonNode stable = train("stable");
    assertThat(recent.get("provenance").get("calibration"))
        .isEqualTo(platt.get("provenance").get("calibration"));
    assertThat(recent.get("provenance").get("calibrator").asText()).isEqualTo("recent");
    assertThat(stable.get("provenance").get("calibrator").asText()).isEqualTo("stable");
    assertThat(stable.get("provenance").get("calibration").get("b").asDouble()).isNotEqualTo(1.0);
    // fixed: the backtest's map, fitted at the first scored origin (1993), not at the live origin
    JsonNode fixed = train("fixed");
    assertThat(fixed.get("provenance").get("calibrator").asText()).isEqualTo("fixed");
    assertThat(fixed.get("provenance").get("calibration").get("b").asDouble()).isNotEqualTo(1.0);
    assertThat(fixed.get("provenance").get("calibration"))
        .isNotEqualTo(platt.get("provenance").get("calibration"));
  }

  private JsonNode train(String calibrate) throws Exception {
    return train(calibrate, "0");
  }

  private JsonNode train(String calibrate, String window) throws Exception {
    Cli.Run t =
        Cli.run(
            "forecast",
            "train",
            "--target",
            "ewp",
            "--data",
            data(),
            "--db",
            dir.resolve(calibrate + "-" + window + ".duckdb").toString(),
            "--resamples",
            "0",
            "--calibrate",
            calibrate,
            "--train-window",
            window,
            "--json");
    assertThat(t.exit()).as(t.err()).isZero();
    return JSON.readTree(t.out());
  }

  @Test
  void liveForecastsHonourTheTrainingWindowAndStoreIt() throws Exception {
    JsonNode expanding = train("none", "0");
    JsonNode twenty = train("none", "20");
    assertThat(twenty.at("/provenance/trainWindow").asInt()).isEqualTo(20);
    assertThat(expanding.at("/provenance/trainWindow").asInt()).isZero();
    assertThat(twenty.get("top").get(0).get("value").asDouble())
        .isNotEqualTo(expanding.get("top").get(0).get("value").asDouble());
  }

  private JsonNode lastOriginWithWindow(String years) throws Exception {
    return lastOrigin("--train-window", years);
  }

  /** An uncalibrated EWP backtest at the origin 2023 only, with the options given. */
  private JsonNode lastOrigin(String... options) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "forecast",
                "backtest",
                "--target",
                "ewp",
                "--data",
                data(),
                "--first-origin",
                "2023",
                "--calibrate",
                "none"));
    args.addAll(List.of(options));
    args.addAll(List.of("--bootstrap", "5", "--json"));
    Cli.Run r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void aTrainingWindowIsRecordedAndChangesTheModelOnlyWhenShorterThanTheHistory() throws Exception {
    JsonNode expanding = lastOriginWithWindow("0");
    JsonNode twenty = lastOriginWithWindow("20");
    JsonNode century = lastOriginWithWindow("100");
    assertThat(expanding.at("/provenance/trainWindow").asInt()).isZero();
    assertThat(twenty.at("/provenance/trainWindow").asInt()).isEqualTo(20);
    assertThat(twenty.at("/provenance/cases").asInt()).isEqualTo(168);
    assertThat(twenty.get("model")).isNotEqualTo(expanding.get("model"));
    // 100 years is longer than the history (1960-2021 at origin 2023): the expanding window
    assertThat(century.get("model")).isEqualTo(expanding.get("model"));
    assertThat(Cli.run("forecast", "backtest", "--target", "ewp", "--train-window", "-1").exit())
        .isEqualTo(2);
  }

  @Test
  void theRatesFeatureSetIsRecordedAndChangesTheModel() throws Exception {
    JsonNode base = lastOrigin("--features", "base");
    JsonNode rates = lastOrigin("--features", "rates");
    assertThat(base.at("/provenance/featureSet").asText()).isEqualTo("base");
    assertThat(rates.at("/provenance/featureSet").asText()).isEqualTo("rates");
    assertThat(rates.at("/provenance/features"))
        .hasSize(base.at("/provenance/features").size() + 4);
    assertThat(rates.at("/provenance/features/39").asText()).isEqualTo("world_onset_rate_5y");
    assertThat(rates.get("model")).isNotEqualTo(base.get("model"));
    assertThat(Cli.run("forecast", "backtest", "--target", "piracy", "--features", "rates").exit())
        .isEqualTo(2);
    assertThat(Cli.run("forecast", "backtest", "--target", "ewp", "--features", "events").exit())
        .isEqualTo(2);
  }

  @Test
  void theOffsetModelNamesItselfAndItsOffsetInTheProvenance() throws Exception {
    JsonNode j = lastOrigin("--model", "offset", "--features", "rates");
    JsonNode prov = j.get("provenance");
    assertThat(prov.get("model").asText()).isEqualTo("offset");
    assertThat(prov.at("/parameters/offsetFeature").asText()).isEqualTo("world_onset_rate_10y");
    assertThat(prov.at("/parameters/offsetCoefficient").asDouble()).isEqualTo(1.0);
    assertThat(prov.at("/parameters/offset").asText()).startsWith("logit(world_onset_rate_10y)");
    assertThat(prov.get("featureSet").asText()).isEqualTo("rates");
    assertThat(prov.get("cases").asInt()).isEqualTo(168);
    assertThat(j.at("/model/auc").asDouble()).isBetween(0.0, 1.0);
    // the rate comes from the rate features, and the offset is for the country-year targets
    assertThat(Cli.run("forecast", "backtest", "--target", "ewp", "--model", "offset").exit())
        .isEqualTo(2);
    assertThat(Cli.run("forecast", "backtest", "--target", "piracy", "--model", "offset").exit())
        .isEqualTo(2);
  }

  @Test
  void badUsageExitsTwoAndMissingForecastsExitOne() {
    assertThat(Cli.run("forecast", "backtest", "--target", "weather").exit()).isEqualTo(2);
    assertThat(Cli.run("forecast", "backtest", "--target", "ewp", "--horizon", "3").exit())
        .isEqualTo(2);
    String db = dir.resolve("empty.duckdb").toString();
    // a database that does not exist is bad usage (nothing is created); an empty one has no
    // forecasts
    assertThat(Cli.run("forecast", "list", "--target", "ewp", "--year", "2025", "--db", db).exit())
        .isEqualTo(2);
    assertThat(Cli.run("watch", "--db", db).exit()).isZero();
    assertThat(Cli.run("forecast", "list", "--target", "ewp", "--year", "2025", "--db", db).exit())
        .isEqualTo(1);
  }

  @Test
  void piracyCountsCanComeFromTheStoresPiracyEvents() throws Exception {
    String db = dir.resolve("piracy.duckdb").toString();
    Path imb = TestData.file("piracy/imb_pirate_attacks_1993-2017.csv");
    Cli.Run in = Cli.run("ingest", "piracy", "--db", db, "-q", imb.toString());
    assertThat(in.exit()).as(in.err()).isZero();
    Cli.Run r = fromStore(db, "imb", "--bootstrap", "20", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(keys(j.get("model"))).containsExactly("mae", "crps");
    assertThat(j.get("provenance").get("store").asText()).isEqualTo(db);
    assertThat(j.get("provenance").get("events").asDouble()).isGreaterThan(500);
    Cli.Run none = fromStore(db, "asam");
    assertThat(none.exit()).isEqualTo(1);
  }

  @Test
  void escalationCanUseTheStoresImportedDyadSeriesAndFindsTheSameCases() throws Exception {
    String db = dir.resolve("series.duckdb").toString();
    Path icews = TestData.file("icews-scs-dyad-month/icews_scs_dyad_month_1991-2012.csv");
    Cli.Run in = Cli.run("ingest", "series", "--db", db, "-q", icews.toString());
    assertThat(in.exit()).as(in.err()).isZero();
    String[] common = {
      "forecast",
      "backtest",
      "--target",
      "escalation",
      "--data",
      data(),
      "--first-origin",
      "2012-01",
      "--bootstrap",
      "10",
      "--json"
    };
    Cli.Run files = Cli.run(common);
    List<String> withStore = new ArrayList<>(List.of(common));
    withStore.addAll(List.of("--from-store", "--db", db));
    Cli.Run store = Cli.run(withStore.toArray(String[]::new));
    assertThat(store.exit()).as(store.err()).isZero();
    JsonNode a = JSON.readTree(files.out()).get("provenance");
    JsonNode b = JSON.readTree(store.out()).get("provenance");
    assertThat(b.get("cases").asInt()).isEqualTo(a.get("cases").asInt()).isPositive();
    assertThat(b.get("events").asDouble()).isEqualTo(a.get("events").asDouble());
  }

  private static Cli.Run fromStore(String db, String variant, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "forecast",
                "backtest",
                "--target",
                "piracy",
                "--from-store",
                "--variant",
                variant,
                "--db",
                db,
                "--data",
                data()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  /**
   * An EWP backtest over the origins 2022 and 2023 calibrated by {@code method}, after checking
   * what every calibrated report holds: the calibrator named, a reliability table covering every
   * case, one map per origin starting at 2022.
   */
  private static JsonNode backtestWithTwoMaps(String method) throws Exception {
    Cli.Run r =
        Cli.run(
            "forecast",
            "backtest",
            "--target",
            "ewp",
            "--data",
            data(),
            "--first-origin",
            "2022",
            "--calibrate",
            method,
            "--bootstrap",
            "20",
            "--detail",
            "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("provenance").get("calibrator").asText()).isEqualTo(method);
    assertThat(keys(j.get("calibration").get(0)))
        .containsExactly("from", "to", "cases", "meanForecast", "events", "observedRate");
    int binned = 0;
    for (JsonNode b : j.get("calibration")) {
      binned += b.get("cases").asInt();
    }
    assertThat(binned).isEqualTo(j.get("provenance").get("cases").asInt());
    JsonNode maps = j.get("provenance").get("calibrationMaps");
    assertThat(maps).hasSize(2);
    assertThat(maps.get(0).get("origin").asText()).isEqualTo("2022");
    return j;
  }
}
