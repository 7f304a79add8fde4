package org.amity.forecast.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.Test;

class ForecastStoreTest {
  @Test
  void savesARunAndListsItsForecastsByRankForTheYear() {
    try (DuckDbEventStore s = DuckDbEventStore.open(null)) {
      ForecastStore fs = DuckDbStorage.over(s).forecasts();
      ForecastStore.Run run =
          new ForecastStore.Run(
              "ewp-logit-2024-a", "ewp", "logit", 2024, 2, "year", "probability", "{}");
      fs.save(
          run,
          List.of(
              new ForecastStore.UnitForecast("B", "Bravo", "2025-2026", 2025, 0.02, 0.01, 0.03, 2),
              new ForecastStore.UnitForecast(
                  "A", "Alpha", "2025-2026", 2025, 0.1, Double.NaN, Double.NaN, 1)));
      assertThat(fs.latestRun("ewp", 2025)).contains(run);
      assertThat(fs.latestRun("ewp", 2030)).isEmpty();
      List<ForecastStore.UnitForecast> rows = fs.list(run.runId(), 2025);
      assertThat(rows).extracting(ForecastStore.UnitForecast::unit).containsExactly("A", "B");
      assertThat(rows.get(0).low()).isNaN();
      assertThat(rows.get(1).high()).isEqualTo(0.03);
    }
  }

  @Test
  void aForecastFindsTheModelsBinItFallsInAndTheTopBinHoldsItsUpperEnd() {
    ForecastStore.Evaluation e =
        new ForecastStore.Evaluation(
            "platt",
            2000,
            2023,
            30,
            5,
            java.util.Map.of(),
            List.of(
                new ForecastStore.Reliability("published", 0.0, 0.5, 10, 0.1, 1),
                new ForecastStore.Reliability("model", 0.0, 0.5, 20, 0.1, 2),
                new ForecastStore.Reliability("model", 0.5, 1.0, 10, 0.7, 3)));
    assertThat(e.modelBinOf(0.49)).hasValueSatisfying(b -> assertThat(b.cases()).isEqualTo(20));
    assertThat(e.modelBinOf(0.5)).hasValueSatisfying(b -> assertThat(b.low()).isEqualTo(0.5));
    assertThat(e.modelBinOf(1.0)).hasValueSatisfying(b -> assertThat(b.events()).isEqualTo(3));
    assertThat(e.modelBinOf(Double.NaN)).isEmpty();
    assertThat(
            new ForecastStore.Evaluation("none", 1, 2, 3, 4, java.util.Map.of(), List.of())
                .modelBinOf(0.3))
        .isEmpty();
  }
}
