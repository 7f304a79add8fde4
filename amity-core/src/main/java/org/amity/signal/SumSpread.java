package org.amity.signal;

/**
 * The spread of a sum of consecutive days, judged from the days it adds up.
 *
 * <p>A 28-day sum scored every day has about thirteen independent values a year: estimating its
 * variance from the sums themselves (a few months of history, a handful of independent sums)
 * underestimates it about as often as not, and a limit set for one false alert in 2,000 sums then
 * fires far more often. The days are plentiful, so the variance of the sum is built from them: each
 * day's variance (binomial inflated by the share's day-to-day wandering, the beta-binomial {@code
 * rho}; or, for a plain count, the days' own variance) times the variance inflation of a sum of
 * {@code m} days whose residuals follow a first-order autoregression with the lag-one
 * autocorrelation {@code phi} seen in the history: {@code 1 + 2 Σ (1 - k/m) phi^k}. News attention
 * wanders for days at a time, so neighbouring days move together and a month is noisier than 28
 * independent days; the autoregression is the simplest model of that with one parameter, which a
 * few months of days estimate to within about ±0.08.
 *
 * <p>The sum is compared with a baseline that is itself estimated, from about three times as many
 * days: its own error adds {@code (V/V_base)^2} times the baseline's variance, about a third more,
 * which the standard error includes (a prediction error, not a sampling error of the sum alone).
 */
final class SumSpread {
  /** Residuals are clipped at this many robust standard deviations, as in the period scores. */
  static final double CLIP = 4;

  /** The autocorrelation is capped below 1: the inflation grows without bound as it nears 1. */
  static final double MAX_PHI = 0.95;

  /** Fewer usable baseline days than this, and a sum is not scored. */
  static final int MIN_DAYS = 10;

  private SumSpread() {}

  /**
   * The variance inflation of a sum of {@code m} consecutive values of unit variance whose
   * lag-{@code k} correlation is {@code phi^k}.
   */
  static double inflation(int m, double phi) {
    double out = 1;
    double pk = 1;
    for (int k = 1; k < m; k++) {
      pk *= phi;
      out += 2 * (1 - (double) k / m) * pk;
    }
    return out;
  }

  /**
   * The lag-one autocorrelation of residuals {@code r} (NaN where a day is not used), around zero:
   * the residuals are already measured from the baseline, and a level that wanders away from it for
   * days is exactly what the correlation must see. Clipped to [0, {@link #MAX_PHI}]; 0 with fewer
   * than ten pairs.
   */
  static double lagOne(double[] r, int from, int end) {
    double num = 0;
    double den = 0;
    int pairs = 0;
    for (int i = from; i < end; i++) {
      if (Double.isNaN(r[i])) {
        continue;
      }
      den += r[i] * r[i];
      if (i + 1 < end && !Double.isNaN(r[i + 1])) {
        num += r[i] * r[i + 1];
        pairs++;
      }
    }
    if (pairs < 10 || den <= 0) {
      return 0;
    }
    return Math.max(0, Math.min(MAX_PHI, num / den));
  }

  /** Values clipped to ±{@link #CLIP} robust standard deviations (NaN stays). */
  static void clip(double[] r, int from, int end) {
    double[] a = new double[end - from];
    int m = 0;
    for (int i = from; i < end; i++) {
      if (!Double.isNaN(r[i])) {
        a[m++] = r[i];
      }
    }
    if (m < 3) {
      return;
    }
    double[] dev = java.util.Arrays.copyOf(a, m);
    double med = Medians.median(dev, m);
    for (int i = 0; i < m; i++) {
      dev[i] = Math.abs(a[i] - med);
    }
    double limit = CLIP * Math.max(1e-9, 1.4826 * Medians.median(dev, m));
    for (int i = from; i < end; i++) {
      if (!Double.isNaN(r[i])) {
        r[i] = Math.max(-limit, Math.min(limit, r[i]));
      }
    }
  }

  /**
   * Which days of {@code [from, end)} the baseline may not use, indexed from {@code from}: with
   * {@code skip}, every day inside a sum that was raised (a raised sum at i covers days i-span+1 to
   * i). Only the sums from {@code from} on can cover those days, so the cost is that of the days.
   */
  static boolean[] excluded(boolean[] flaggedSums, int span, int from, int end, boolean skip) {
    boolean[] out = new boolean[end - from];
    if (!skip) {
      return out;
    }
    int next = Integer.MAX_VALUE; // the nearest raised sum at or after the day
    for (int d = end - 1; d >= from; d--) {
      if (flaggedSums[d]) {
        next = d;
      }
      out[d - from] = next - d < span;
    }
    return out;
  }

  /**
   * The standard error of a count sum of {@code span} days against the mean of the baseline days
   * (the days {@code [baseFrom, end)} not excluded), with the days' variance and autocorrelation
   * from {@code [lookFrom, end)}; NaN when fewer than ten days are usable.
   *
   * @return {mean per day, standard error of the sum's excess}
   */
  static double[] count(
      double[] x, boolean[] excluded, int baseFrom, int lookFrom, int end, int span) {
    double sum = 0;
    int k = 0;
    for (int i = baseFrom; i < end; i++) {
      if (!excluded[i]) {
        sum += x[i];
        k++;
      }
    }
    if (k < MIN_DAYS) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double lambda = sum / k;
    double[] r = new double[end];
    java.util.Arrays.fill(r, Double.NaN);
    for (int i = lookFrom; i < end; i++) {
      if (!excluded[i]) {
        r[i] = x[i] - lambda;
      }
    }
    clip(r, lookFrom, end);
    double ss = 0;
    int n = 0;
    for (int i = lookFrom; i < end; i++) {
      if (!Double.isNaN(r[i])) {
        ss += r[i] * r[i];
        n++;
      }
    }
    // a Poisson's variance at least: a quiet history does not make a count certain
    double var = Math.max(lambda, n < 2 ? lambda : ss / (n - 1));
    double phi = lagOne(r, lookFrom, end);
    double v = var * (span * inflation(span, phi) + (double) span * span * inflation(k, phi) / k);
    return new double[] {lambda, Math.sqrt(Math.max(v, 1e-9))};
  }
}
