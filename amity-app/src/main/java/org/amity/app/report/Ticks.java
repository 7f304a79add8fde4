package org.amity.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Round axis values: a step of 1, 2 or 5 times a power of ten, with the axis widened to whole steps
 * so that every value lies inside it.
 *
 * @param low the axis's first value (a multiple of the step, at most the data's minimum)
 * @param high the axis's last value (a multiple of the step, at least the data's maximum)
 */
record Ticks(double low, double high, double step) {

  /** About {@code wanted} steps covering {@code min..max} (max greater than min). */
  static Ticks of(double min, double max, int wanted) {
    double raw = (max - min) / wanted;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = power;
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * power >= raw) {
        step = m * power;
        break;
      }
    }
    return new Ticks(Math.floor(min / step) * step, Math.ceil(max / step) * step, step);
  }

  List<Double> values() {
    List<Double> out = new ArrayList<>();
    long n = Math.round((high - low) / step);
    for (long i = 0; i <= n; i++) {
      out.add(low + i * step);
    }
    return out;
  }

  String label(double v) {
    if (step >= 1 && Math.abs(v - Math.rint(v)) < 1e-9) {
      return String.format(Locale.ROOT, "%d", Math.round(v));
    }
    int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step)));
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
