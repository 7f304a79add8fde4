package org.amity.app.cli;

import org.amity.forecast.ForecastSetup;
import org.amity.forecast.RunEvaluation;
import org.amity.forecast.backtest.Backtest;
import org.amity.forecast.backtest.CaseModel;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.score.Bootstrap;
import org.amity.forecast.store.ForecastStore;

/**
 * {@code forecast train --evaluate}: the run's track record, the rolling-origin backtest of the
 * same panel, model, calibration and seed as {@code forecast backtest} makes it (intervals are not
 * kept, so one resample).
 */
final class ForecastEvaluate {
  private ForecastEvaluate() {}

  static ForecastStore.Evaluation backtest(
      ForecastSetup setup, Panel panel, CaseModel model, long seed, String calibrate, boolean json)
      throws Exception {
    try (StepProgress bar = StepProgress.of("evaluate (backtest origins)", false, json)) {
      return RunEvaluation.of(
          new Backtest(new Bootstrap(1, seed))
              .withProgress(bar)
              .run(
                  panel,
                  model,
                  seed,
                  panel.firstOrigin(),
                  panel.lastScorableOrigin(),
                  setup.counts(),
                  setup.counts() ? "none" : calibrate));
    }
  }
}
