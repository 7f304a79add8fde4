package org.amity.forecast;

import java.util.List;
import org.amity.forecast.backtest.Backtest;
import org.amity.forecast.backtest.CaseModel;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.backtest.RollingOrigin;
import org.amity.forecast.calibrate.PlattScaling;
import org.amity.forecast.calibrate.RollingCalibration;

/**
 * The calibration of live forecasts, by the backtest's rule: the map applied to forecasts made at
 * the panel's last period is fitted only on out-of-time forecasts of earlier origins whose outcomes
 * were known at that period, over the backtest's warm-up span (ten years, or three years of
 * months). Count targets are never calibrated.
 *
 * <p>{@code fixed} is the backtest's own map: fitted at the target's first scored backtest origin
 * ({@link Panel#firstOrigin()}, or the last period if that is earlier) on the warm-up forecasts
 * before it, by the same models, seed and rule as the backtest, and held for the live origin, so
 * the backtest's track record is that of the map the live forecasts use.
 */
public final class LiveCalibration {
  private LiveCalibration() {}

  /**
   * The map for forecasts at {@code panel.lastPeriod()}: identity for "none", for count targets, or
   * when the history holds too few events ({@link RollingCalibration#MIN_EACH}).
   *
   * @param calibrator platt, shift, stable, recent, fixed or none
   */
  public static PlattScaling fit(
      Panel panel, CaseModel model, long seed, String calibrator, boolean counts) {
    if (!Backtest.CALIBRATORS.contains(calibrator)) {
      throw new IllegalArgumentException(
          "--calibrate must be one of " + Backtest.CALIBRATORS + ", not '" + calibrator + "'");
    }
    if (calibrator.equals("none") || counts) {
      return PlattScaling.IDENTITY;
    }
    boolean monthly = panel.periodKind().equals("month");
    RollingCalibration rule = RollingCalibration.named(calibrator, panel.horizon(), monthly);
    int origin =
        rule.fixed() ? Math.min(panel.firstOrigin(), panel.lastPeriod()) : panel.lastPeriod();
    int last = origin - panel.horizon();
    int first = last - (monthly ? 3 * 12 : Backtest.WARM_UP_YEARS) + 1;
    List<RollingOrigin.Forecast> history =
        RollingOrigin.run(panel, model, seed, first, last, monthly ? 12 : 1);
    int n = history.size();
    int[] at = new int[n];
    double[] raw = new double[n];
    double[] outcome = new double[n];
    for (int i = 0; i < n; i++) {
      at[i] = history.get(i).c().period();
      raw[i] = history.get(i).model();
      outcome[i] = history.get(i).c().outcome();
    }
    return rule.fixed()
        ? rule.fitAt(origin, at, raw, outcome)
        : rule.mapAt(origin, at, raw, outcome);
  }
}
