package org.amity.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.forecast.store.ForecastStore;
import org.amity.storage.Storage;

/**
 * A stored EWP-like forecast run with its evaluation (figures shaped like a real backtest's, not
 * taken from one), for the forecast API and page tests.
 */
final class ForecastFixture {
  static final String RUN = "ewp-gbt-2024-20260101120000";

  /** A two-year run of the same year, stored without its track record. */
  static final String RUN_TWO_YEARS = "ewp-logit-2024-h2-20260101130000";

  private ForecastFixture() {}

  /** {@link #RUN_TWO_YEARS}: EWP's risk of an onset in 2025 or 2026, no evaluation. */
  static void plantTwoYears(Storage store) {
    store
        .forecasts()
        .save(
            new ForecastStore.Run(
                RUN_TWO_YEARS,
                "ewp",
                "logit",
                2024,
                2,
                "year",
                "probability",
                "{\"calibrator\":\"none\",\"seed\":90035}"),
            List.of(
                new ForecastStore.UnitForecast(
                    "Burma/Myanmar", "Burma/Myanmar", "2025-2026", 2025, 0.12, 0.08, 0.17, 1),
                new ForecastStore.UnitForecast(
                    "Indonesia", "Indonesia", "2025-2026", 2025, 0.05, 0.03, 0.08, 2)));
  }

  static void plant(Storage store) {
    ForecastStore f = store.forecasts();
    f.save(
        new ForecastStore.Run(
            RUN,
            "ewp",
            "gbt",
            2024,
            1,
            "year",
            "probability",
            "{\"calibrator\":\"platt\",\"calibration\":{\"a\":-0.4,\"b\":0.9},\"seed\":90035}"),
        List.of(
            new ForecastStore.UnitForecast(
                "Burma/Myanmar", "Burma/Myanmar", "2025", 2025, 0.081, 0.05, 0.12, 1),
            new ForecastStore.UnitForecast(
                "Indonesia", "Indonesia", "2025", 2025, 0.031, 0.02, 0.05, 2),
            new ForecastStore.UnitForecast(
                "Singapore", "Singapore", "2025", 2025, 0.002, Double.NaN, Double.NaN, 3)));
    Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
    scores.put("model", scores(0.0076, 0.845, 0.037, 0.0401));
    scores.put("noChange", scores(0.0139, 0.560, 0.022, 0.0749));
    scores.put("baseRate", scores(0.0077, 0.563, 0.0099, 0.0473));
    scores.put("published", scores(0.0079, 0.812, 0.030, 0.0418));
    scores.put("uncalibrated", scores(0.0084, 0.852, 0.042, 0.0432));
    scores.put("publishedUncalibrated", scores(0.0083, 0.838, 0.034, 0.0481));
    f.saveEvaluation(
        RUN,
        new ForecastStore.Evaluation(
            "platt",
            1993,
            2023,
            5032,
            39,
            scores,
            List.of(
                new ForecastStore.Reliability("model", 0, 0.005, 2075, 0.0027, 0),
                new ForecastStore.Reliability("model", 0.005, 0.01, 1239, 0.0073, 4),
                new ForecastStore.Reliability("model", 0.01, 0.02, 992, 0.0143, 15),
                new ForecastStore.Reliability("model", 0.02, 0.05, 620, 0.0297, 16),
                new ForecastStore.Reliability("model", 0.05, 0.1, 106, 0.0650, 4),
                new ForecastStore.Reliability("model", 0.1, 0.2, 0, Double.NaN, 0),
                new ForecastStore.Reliability("published", 0, 0.005, 1800, 0.003, 1),
                new ForecastStore.Reliability("published", 0.005, 0.05, 3232, 0.012, 38))));
  }

  private static Map<String, Double> scores(double brier, double auc, double ap, double logLoss) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("brier", brier);
    m.put("auc", auc);
    m.put("ap", ap);
    m.put("logLoss", logLoss);
    return m;
  }
}
