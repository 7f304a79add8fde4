package org.amity.signal;

import java.util.Arrays;

/**
 * The band drawn behind an indicator chart: for each point, the median of the previous {@code
 * window} points and that median plus or minus two robust standard deviations (1.4826 times the
 * median absolute deviation). It is the dashboard's picture of "usual", computed from the series
 * alone; the detector's own baseline at alert time is shown beside it as the alert's baseline.
 */
public final class BaselineBand {
  public static final int WINDOW = 12;
  static final int MIN_HISTORY = 4;
  private static final double WIDTH = 2.0 * 1.4826;

  /** Median, low and high per point; NaN where fewer than {@link #MIN_HISTORY} points precede. */
  public record Band(double[] median, double[] low, double[] high) {}

  private BaselineBand() {}

  public static Band of(double[] values) {
    int n = values.length;
    double[] median = new double[n];
    double[] low = new double[n];
    double[] high = new double[n];
    for (int i = 0; i < n; i++) {
      int from = Math.max(0, i - WINDOW);
      if (i - from < MIN_HISTORY) {
        median[i] = low[i] = high[i] = Double.NaN;
        continue;
      }
      double[] past = Arrays.copyOfRange(values, from, i);
      double m = median(past);
      double[] dev = new double[past.length];
      for (int k = 0; k < past.length; k++) {
        dev[k] = Math.abs(past[k] - m);
      }
      double spread = WIDTH * median(dev);
      median[i] = m;
      low[i] = m - spread;
      high[i] = m + spread;
    }
    return new Band(median, low, high);
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int k = s.length / 2;
    return s.length % 2 == 1 ? s[k] : (s[k - 1] + s[k]) / 2;
  }
}
