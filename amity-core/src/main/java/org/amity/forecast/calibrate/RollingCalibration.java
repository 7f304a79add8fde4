package org.amity.forecast.calibrate;

import java.util.HashMap;
import java.util.Map;

/**
 * Calibrates out-of-time forecasts inside the rolling origin: the forecasts of origin T are mapped
 * by a {@link PlattScaling} fitted only on earlier forecasts whose outcomes were known at T (made
 * at an origin s with {@code s + horizon <= T}), each of them itself made out of time. An origin
 * whose history holds fewer than {@link #MIN_EACH} events or non-events keeps its raw forecasts.
 */
public final class RollingCalibration {
  /** Events and non-events each needed in the history before a map is fitted. */
  public static final int MIN_EACH = 5;

  private final int known;
  private final boolean slope;

  /**
   * @param horizon periods between a forecast's origin and its outcome; an outcome is known at
   *     origin T when {@code origin + horizon <= T}
   * @param slope true for Platt's intercept and slope, false for the intercept only
   */
  public RollingCalibration(int horizon, boolean slope) {
    this.known = horizon;
    this.slope = slope;
  }

  /**
   * Calibrated forecasts for every entry whose origin is at least {@code first}; entries before
   * {@code first} (the warm-up) only serve as history and come back NaN.
   *
   * @param origin the origin of each raw forecast
   * @param raw the raw forecasts (NaN: none)
   * @param outcome the outcomes (NaN: never observed)
   */
  public Result calibrate(int[] origin, double[] raw, double[] outcome, int first) {
    int n = raw.length;
    double[] out = new double[n];
    Map<Integer, PlattScaling> maps = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (origin[i] < first || Double.isNaN(raw[i])) {
        out[i] = Double.NaN;
        continue;
      }
      PlattScaling m = maps.computeIfAbsent(origin[i], t -> fitAt(t, origin, raw, outcome));
      out[i] = m.apply(raw[i]);
    }
    return new Result(out, maps);
  }

  /** The map of origin t, fitted on the pairs known at t only. */
  public PlattScaling fitAt(int t, int[] origin, double[] raw, double[] outcome) {
    int n = 0;
    int events = 0;
    for (int i = 0; i < raw.length; i++) {
      if (origin[i] + known <= t && !Double.isNaN(raw[i]) && !Double.isNaN(outcome[i])) {
        n++;
        events += outcome[i] > 0.5 ? 1 : 0;
      }
    }
    if (events < MIN_EACH || n - events < MIN_EACH) {
      return PlattScaling.IDENTITY;
    }
    double[] p = new double[n];
    double[] y = new double[n];
    int k = 0;
    for (int i = 0; i < raw.length; i++) {
      if (origin[i] + known <= t && !Double.isNaN(raw[i]) && !Double.isNaN(outcome[i])) {
        p[k] = raw[i];
        y[k++] = outcome[i];
      }
    }
    return PlattScaling.fit(p, y, slope);
  }

  /**
   * Calibrated forecasts, and the map used at each origin.
   *
   * @param calibrated one per raw forecast, NaN for warm-up entries
   * @param maps origin to map (identity where the history was too short)
   */
  public record Result(double[] calibrated, Map<Integer, PlattScaling> maps) {}

  /**
   * A calibration that (wrongly) treats outcomes as known {@code lead} periods early: for tests.
   */
  static RollingCalibration leaking(int horizon, int lead) {
    return new RollingCalibration(horizon - lead, true);
  }
}
