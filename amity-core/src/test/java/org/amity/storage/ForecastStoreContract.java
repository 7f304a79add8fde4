package org.amity.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amity.forecast.store.ForecastStore;
import org.junit.jupiter.api.Test;

/** What any {@link ForecastStore} must do. */
public abstract class ForecastStoreContract extends StorageContract {

  @Test
  void savedRunIsTheLatestAndListsItsUnitsByRank() {
    ForecastStore f = storage.forecasts();
    ForecastStore.Run run =
        new ForecastStore.Run("r1", "ewp", "logit", 2024, 1, "year", "probability", "{}");
    f.save(
        run,
        List.of(
            new ForecastStore.UnitForecast("B", "Bravo", "2025", 2025, 0.02, 0.01, 0.03, 2),
            new ForecastStore.UnitForecast("A", "Alpha", "2025", 2025, 0.2, Double.NaN, 0.3, 1)));
    assertThat(f.latestRun("ewp", 2025)).contains(run);
    assertThat(f.latestRun("ewp", 2026)).isEmpty();
    List<ForecastStore.UnitForecast> rows = f.list("r1", 2025);
    assertThat(rows).extracting(ForecastStore.UnitForecast::unit).containsExactly("A", "B");
    assertThat(rows.get(0).low()).isNaN();
    assertThat(rows.get(0).high()).isEqualTo(0.3);
  }

  @Test
  void theNewestRunOfEachHorizonIsListedNewestFirst() {
    ForecastStore f = storage.forecasts();
    ForecastStore.Run older =
        new ForecastStore.Run("h1a", "ewp", "logit", 2024, 1, "year", "probability", "{}");
    ForecastStore.Run twoYears =
        new ForecastStore.Run("h2", "ewp", "logit", 2024, 2, "year", "probability", "{}");
    ForecastStore.Run newer =
        new ForecastStore.Run("h1b", "ewp", "logit", 2024, 1, "year", "probability", "{}");
    f.save(older, List.of(new ForecastStore.UnitForecast("A", "A", "2025", 2025, 0.1, 0, 0.2, 1)));
    f.save(
        twoYears,
        List.of(new ForecastStore.UnitForecast("A", "A", "2025-2026", 2025, 0.2, 0.1, 0.3, 1)));
    f.save(newer, List.of(new ForecastStore.UnitForecast("A", "A", "2025", 2025, 0.1, 0, 0.2, 1)));
    assertThat(f.latestRunPerHorizon("ewp", 2025)).containsExactly(newer, twoYears);
    assertThat(f.latestRunPerHorizon("ewp", 2026)).isEmpty();
    assertThat(f.latestRunPerHorizon("ucdp", 2025)).isEmpty();
  }

  @Test
  void savedEvaluationReadsBackWithItsScoresInOrderAndItsBins() {
    ForecastStore f = storage.forecasts();
    f.save(
        new ForecastStore.Run("r2", "ewp", "gbt", 2024, 1, "year", "probability", "{}"),
        List.of(new ForecastStore.UnitForecast("A", "Alpha", "2025", 2025, 0.2, 0.1, 0.3, 1)));
    java.util.Map<String, java.util.Map<String, Double>> scores = new java.util.LinkedHashMap<>();
    scores.put("model", new java.util.LinkedHashMap<>(java.util.Map.of("brier", 0.0076)));
    scores.get("model").put("auc", Double.NaN);
    scores.put("baseRate", java.util.Map.of("brier", 0.0077));
    ForecastStore.Evaluation e =
        new ForecastStore.Evaluation(
            "platt",
            1993,
            2023,
            5032,
            39,
            scores,
            List.of(
                new ForecastStore.Reliability("model", 0, 0.005, 100, 0.003, 1),
                new ForecastStore.Reliability("model", 0.005, 0.01, 0, Double.NaN, 0),
                new ForecastStore.Reliability("published", 0, 0.005, 90, 0.002, 0)));
    assertThat(f.evaluation("r2")).isEmpty();
    f.saveEvaluation("r2", e);
    f.saveEvaluation("r2", e); // replaces, never duplicates
    ForecastStore.Evaluation back = f.evaluation("r2").orElseThrow();
    assertThat(back.calibrator()).isEqualTo("platt");
    assertThat(back.cases()).isEqualTo(5032);
    assertThat(back.scores().keySet()).containsExactly("model", "baseRate");
    assertThat(back.scores().get("model").keySet()).containsExactly("brier", "auc");
    assertThat(back.scores().get("model").get("auc")).isNaN();
    assertThat(back.reliability()).hasSize(3);
    assertThat(back.reliability().get(1).meanForecast()).isNaN();
    assertThat(back.reliability().get(0).observedRate()).isEqualTo(0.01);
    assertThat(f.runs()).extracting(l -> l.run().runId()).containsExactly("r2");
    ForecastStore.Listed l = f.run("r2").orElseThrow();
    assertThat(l.units()).isEqualTo(1);
    assertThat(l.period()).isEqualTo("2025");
    assertThat(l.createdAt()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    assertThat(f.run("nope")).isEmpty();
    assertThat(f.forecasts("r2"))
        .extracting(ForecastStore.UnitForecast::name)
        .containsExactly("Alpha");
  }

  @Test
  void anEmptyStoreHasNoRun() {
    assertThat(storage.forecasts().latestRun("ucdp", 2025)).isEmpty();
    assertThat(storage.forecasts().list("none", 2025)).isEmpty();
    assertThat(storage.forecasts().runs()).isEmpty();
    assertThat(storage.forecasts().evaluation("none")).isEmpty();
  }
}
