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
}
