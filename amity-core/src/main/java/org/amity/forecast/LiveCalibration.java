package org.amity.forecast;

import java.util.List;
import org.amity.forecast.backtest.Backtest;
import org.amity.forecast.backtest.CaseModel;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.backtest.RollingOrigin;
import org.amity.forecast.calibrate.CalibratorKind;
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
 *
 * <p>{@code anchored} continues the backtest's rule by one origin: the slope of that same anchor
 * map, held, and the intercept re-fitted at the panel's last period on every out-of-time forecast
 * whose outcome is known there, from the backtest's first warm-up origin on. That history is the
 * rolling origin of a whole backtest, so it costs as many model fits.
 */
public final class LiveCalibration {
  private LiveCalibration() {}

  /**
   * The map for forecasts at {@code panel.lastPeriod()}: identity for "none", for count targets, or
   * when the history holds too few events ({@link RollingCalibration#MIN_EACH}).
   *
   * @param calibrator platt, shift, stable, recent, fixed, anchored or none
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
    CalibratorKind kind = rule.kind();
    int warmUp = monthly ? 3 * 12 : Backtest.WARM_UP_YEARS;
    int anchor = Math.min(panel.firstOrigin(), panel.lastPeriod());
    int origin = kind == CalibratorKind.FIXED ? anchor : panel.lastPeriod();
    int last = origin - panel.horizon();
    // anchored: the backtest's warm-up start, so the anchor sees exactly the backtest's history
    int first = kind == CalibratorKind.ANCHORED ? anchor - warmUp : last - warmUp + 1;
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
    return switch (kind) {
      case ANCHORED -> rule.anchoredAt(anchor, origin, at, raw, outcome);
      case FIXED -> rule.fitAt(origin, at, raw, outcome);
      case PLATT, SHIFT, STABLE, RECENT, NONE -> rule.mapAt(origin, at, raw, outcome);
    };
  }
}
