package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forecast API over real HTTP: the runs with what they mean and their scores beside the base
 * rate, a run's forecasts and reliability bins, for viewers too; 401, 404 and 400 as problems.
 */
class ForecastApiIT {
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, ResponseAdvisor.absent());
    ForecastFixture.plant(web.store());
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  static ApiClient signedIn(String role) throws Exception {
    return web.signedIn(role);
  }

  @Test
  void aViewerListsTheRunsWithTheirMeaningCalibrationAndScores() throws Exception {
    ApiClient.Reply r = signedIn("viewer").get("/api/v1/forecasts");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).hasSize(1);
    JsonNode run = r.body().get(0);
    assertThat(run.get("runId").asText()).isEqualTo(ForecastFixture.RUN);
    assertThat(run.get("target").asText()).isEqualTo("ewp");
    assertThat(run.get("model").asText()).isEqualTo("gbt");
    assertThat(run.get("origin").asText()).isEqualTo("2024");
    assertThat(run.get("period").asText()).isEqualTo("2025");
    assertThat(run.get("units").asInt()).isEqualTo(3);
    assertThat(run.get("meaning").asText()).contains("mass killing").contains("in 2025");
    assertThat(run.at("/calibration/method").asText()).isEqualTo("platt");
    assertThat(run.at("/calibration/b").asDouble()).isEqualTo(0.9);
    JsonNode e = run.get("evaluation");
    assertThat(e.get("origins").asText()).isEqualTo("1993 to 2023");
    assertThat(e.at("/scores/model/brier").asDouble()).isEqualTo(0.0076);
    assertThat(e.at("/scores/baseRate/brier").asDouble()).isEqualTo(0.0077);
    assertThat(e.at("/scores/publishedUncalibrated/auc").asDouble()).isEqualTo(0.838);
    assertThat(e.at("/betterWhen/auc").asText()).isEqualTo("higher");
    assertThat(e.has("reliability")).as("bins only in the run's detail").isFalse();
  }

  @Test
  void aRunHasItsForecastsByRankAndItsReliabilityBins() throws Exception {
    ApiClient.Reply r = signedIn("analyst").get("/api/v1/forecasts/" + ForecastFixture.RUN);
    assertThat(r.status()).isEqualTo(200);
    JsonNode f = r.body().get("forecasts");
    assertThat(f).hasSize(3);
    assertThat(f.get(0).get("name").asText()).isEqualTo("Burma/Myanmar");
    assertThat(f.get(0).get("value").asDouble()).isEqualTo(0.081);
    assertThat(f.get(2).get("low").isNull()).as("no interval: null, not NaN").isTrue();
    JsonNode bins = r.body().at("/evaluation/reliability");
    assertThat(bins).hasSize(8);
    JsonNode third = bins.get(2);
    assertThat(third.get("forecaster").asText()).isEqualTo("model");
    assertThat(third.get("meanForecast").asDouble()).isEqualTo(0.0143);
    assertThat(third.get("observedRate").asDouble()).isEqualTo(Math.round(15.0 / 992 * 1e6) / 1e6);
    assertThat(bins.get(5).get("meanForecast").isNull()).as("an empty bin").isTrue();
    assertThat(bins.get(7).get("forecaster").asText()).isEqualTo("published");
    assertThat(r.body().at("/provenance/seed").asInt()).isEqualTo(90035);
  }

  @Test
  void anUnknownRunIs404AndAnUnknownParameter400() throws Exception {
    ApiClient c = signedIn("viewer");
    ApiClient.Reply missing = c.get("/api/v1/forecasts/no-such-run");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body().get("detail").asText()).contains("no-such-run");
    assertThat(c.get("/api/v1/forecasts?target=ewp").status()).isEqualTo(400);
  }

  @Test
  void withoutASessionForecastsAreRefused() throws Exception {
    ApiClient anonymous = new ApiClient(web.baseUrl());
    assertThat(anonymous.get("/api/v1/forecasts").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/v1/forecasts/" + ForecastFixture.RUN).status()).isEqualTo(401);
  }

  @Test
  void theLatestRunOfAYearNamesTheOtherHorizonAndSetsEwpsRankBesideItsForecasts() throws Exception {
    boolean ewpFile =
        org.amity.ingest.SharedData.find(
                org.amity.app.json.ForecastYear.EWP_FILE, ForecastApiIT.class)
            != null;
    try (WebFixture two =
        new WebFixture(
            java.nio.file.Files.createDirectories(dir.resolve("two")), ResponseAdvisor.absent())) {
      ForecastFixture.plant(two.store());
      ForecastFixture.plantTwoYears(two.store());
      ApiClient c = two.signedIn("viewer");
      ApiClient.Reply newest = c.get("/api/v1/forecasts/latest?target=ewp&year=2025");
      assertThat(newest.status()).as(newest.body().toString()).isEqualTo(200);
      assertThat(newest.body().get("runId").asText()).isEqualTo(ForecastFixture.RUN_TWO_YEARS);
      assertThat(newest.body().get("horizon").asInt()).isEqualTo(2);
      assertThat(newest.body().get("otherHorizons").get(0).asInt()).isEqualTo(1);
      assertThat(newest.body().get("otherHorizonsNote").asText())
          .isEqualTo(
              "showing the 2-year run; ewp forecasts for 2025 of horizon 1 are stored too: add"
                  + " horizon=1 to see them");
      ApiClient.Reply one = c.get("/api/v1/forecasts/latest?target=ewp&year=2025&horizon=1");
      assertThat(one.status()).isEqualTo(200);
      assertThat(one.body().get("runId").asText()).isEqualTo(ForecastFixture.RUN);
      assertThat(one.body().get("otherHorizons").get(0).asInt()).isEqualTo(2);
      JsonNode indonesia = one.body().get("forecasts").get(1);
      assertThat(indonesia.get("name").asText()).isEqualTo("Indonesia");
      JsonNode twoYears = c.get("/api/v1/forecasts/" + ForecastFixture.RUN_TWO_YEARS).body();
      if (ewpFile) {
        // EWP's file: Indonesia 15th of 168 for 2025 alone, 12th for 2025 or 2026
        assertThat(indonesia.get("publishedRank").asInt()).isEqualTo(15);
        assertThat(indonesia.get("publishedRisk").asDouble()).isEqualTo(0.02296);
        assertThat(one.body().at("/published/period").asText()).isEqualTo("2025");
        assertThat(one.body().at("/published/countries").asInt()).isEqualTo(168);
        assertThat(twoYears.at("/forecasts/1/publishedRank").asInt()).isEqualTo(12);
        assertThat(twoYears.at("/published/period").asText()).isEqualTo("2025-2026");
      } else {
        assertThat(one.body().get("publishedMissing").asText()).contains("not available here");
        assertThat(indonesia.has("publishedRank")).isFalse();
      }
      assertThat(twoYears.get("evaluation").isNull()).isTrue();
      ApiClient.Reply three = c.get("/api/v1/forecasts/latest?target=ewp&year=2025&horizon=3");
      assertThat(three.status()).isEqualTo(404);
      assertThat(three.body().get("detail").asText())
          .contains("of horizon 3; stored horizons: [2, 1]");
      assertThat(c.get("/api/v1/forecasts/latest?target=ucdp&year=2025").status()).isEqualTo(404);
      assertThat(c.get("/api/v1/forecasts/latest?target=ewp").status()).isEqualTo(400);
      assertThat(c.get("/api/v1/forecasts/latest?target=ewp&year=x").status()).isEqualTo(400);
      assertThat(c.get("/api/v1/forecasts/latest?target=ewp&year=2025&h=1").status())
          .isEqualTo(400);
    }
  }
}
