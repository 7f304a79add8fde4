package org.amity.forecast.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.amity.forecast.calibrate.PlattScaling;
import org.amity.forecast.calibrate.RollingCalibration;

/**
 * The model's and the published forecasts of the scored origins, each recalibrated by {@link
 * RollingCalibration} on the forecasts of earlier origins (including the warm-up origins before the
 * first scored one) whose outcomes were known at its origin.
 *
 * @param scoredOrigins the raw forecasts of origins at or after the first scored one
 * @param model calibrated model forecast for each of them
 * @param published calibrated published forecast for each of them (NaN where none was published)
 * @param maps the model's map at each scored origin
 */
record Calibrated(
    List<RollingOrigin.Forecast> scoredOrigins,
    double[] model,
    double[] published,
    Map<Integer, PlattScaling> maps) {

  static Calibrated of(
      List<RollingOrigin.Forecast> all, Panel panel, int first, String calibrator) {
    int n = all.size();
    int[] origin = new int[n];
    double[] raw = new double[n];
    double[] pub = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      Case c = all.get(i).c();
      origin[i] = c.period();
      raw[i] = all.get(i).model();
      pub[i] = c.published();
      y[i] = c.outcome();
    }
    RollingCalibration rc =
        RollingCalibration.named(calibrator, panel.horizon(), panel.periodKind().equals("month"));
    RollingCalibration.Result mr = rc.calibrate(origin, raw, y, first);
    double[] m = mr.calibrated();
    double[] p = rc.calibrate(origin, pub, y, first).calibrated();
    List<RollingOrigin.Forecast> kept = new ArrayList<>();
    List<Double> km = new ArrayList<>();
    List<Double> kp = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (origin[i] >= first) {
        kept.add(all.get(i));
        km.add(m[i]);
        kp.add(p[i]);
      }
    }
    return new Calibrated(
        kept,
        km.stream().mapToDouble(Double::doubleValue).toArray(),
        kp.stream().mapToDouble(Double::doubleValue).toArray(),
        new TreeMap<>(mr.maps()));
  }
}
