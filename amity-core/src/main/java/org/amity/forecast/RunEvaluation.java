package org.amity.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.forecast.backtest.BacktestReport;
import org.amity.forecast.score.CalibrationTable;
import org.amity.forecast.store.ForecastStore;

/**
 * A backtest as a stored run's track record: the model's scores beside every baseline's on the same
 * cases, and the reliability bins of the model (and of the published forecasts, where there are
 * some). Baselines the target lacks are left out.
 */
public final class RunEvaluation {
  private RunEvaluation() {}

  public static ForecastStore.Evaluation of(BacktestReport r) {
    Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
    scores.put("model", r.modelScores());
    r.baselines()
        .forEach(
            (name, s) -> {
              if (s != null) {
                scores.put(name, s);
              }
            });
    List<ForecastStore.Reliability> bins = new ArrayList<>();
    add(bins, "model", r.calibration());
    add(bins, "published", r.publishedCalibration());
    return new ForecastStore.Evaluation(
        r.calibrator(), r.firstOrigin(), r.lastOrigin(), r.cases(), r.events(), scores, bins);
  }

  private static void add(
      List<ForecastStore.Reliability> out, String forecaster, List<CalibrationTable.Bin> bins) {
    if (bins == null) {
      return;
    }
    for (CalibrationTable.Bin b : bins) {
      out.add(
          new ForecastStore.Reliability(
              forecaster, b.low(), b.high(), b.cases(), b.meanForecast(), b.events()));
    }
  }
}
