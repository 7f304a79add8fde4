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
  void anEmptyStoreHasNoRun() {
    assertThat(storage.forecasts().latestRun("ucdp", 2025)).isEmpty();
    assertThat(storage.forecasts().list("none", 2025)).isEmpty();
  }
}
