package org.amity.signal;

/**
 * How much wider the sum of a CUSUM run's scores spreads than its new data say, when every score of
 * the run was measured against an estimated baseline ({@link DetectorSettings#cusumBaselineError}).
 *
 * <p>Score t of a run has two errors: its own period's noise and the error of its baseline (the
 * share or mean estimated from the window before it). In standard units a period summing {@code s}
 * days judged against a window worth {@code N} distinct days carries a baseline error of variance
 * {@code s / N}, whatever the volume: a thin dyad and a busy country differ in their counts, not in
 * this ratio. Over a run of m periods the periods' own noise adds up like {@code K(m, s)} (the sums
 * of s days overlap; a plain series has s = 1) and the baseline error like {@code K(m, W)} times
 * {@code s / N} (the baselines of periods d apart share {@code W - d} of their W periods), with
 * {@code K(m, L)} the sum over pairs of periods of {@code max(0, 1 - |d| / L)}. The run's variance
 * relative to its new data is {@code 1 + r(m)}, {@code r(m) = (s / N) K(m, W) / K(m, s)}; at m = 1
 * it is the constant factor every single score carries, which its limits already price, so the
 * run's sum is divided by {@code sqrt((1 + r(m)) / (1 + r(1)))}, which is 1 for a run of one period
 * and grows as the run outlasts the overlap of its own sums.
 */
final class CusumRuns {
  private final int window;
  private final int span;
  private final double perPeriod;
  private double[] factor = new double[0];

  /**
   * @param window periods the baseline is estimated from
   * @param span days each scored value sums (1 for a plain series)
   */
  CusumRuns(int window, int span) {
    this.window = window;
    this.span = span;
    // a window of rolled sums weighs its days unevenly (the first and last span - 1 days less):
    // its worth in distinct days is (sum of weights)^2 / (sum of squared weights)
    double distinct = window / (1 - (span * (double) span - 1) / (3.0 * window * span));
    this.perPeriod = span / distinct;
  }

  /** The divisor of a run of m periods' sum of scores (1 for m of 0 or 1). */
  double factor(int m) {
    if (m <= 1) {
      return 1;
    }
    if (m >= factor.length) {
      double[] grown = new double[Math.max(m + 1, 2 * factor.length)];
      System.arraycopy(factor, 0, grown, 0, factor.length);
      for (int i = factor.length; i < grown.length; i++) {
        grown[i] = Math.sqrt((1 + ratio(i)) / (1 + ratio(1)));
      }
      factor = grown;
    }
    return factor[m];
  }

  /** r(m): the baseline error's variance in a run of m periods over its new data's. */
  double ratio(int m) {
    return m < 1 ? 0 : perPeriod * pairs(m, window) / pairs(m, span);
  }

  /** K(m, L): the sum over ordered pairs of m periods of max(0, 1 - |d| / L). */
  static double pairs(int m, int length) {
    double k = m;
    for (int d = 1; d < Math.min(m, length); d++) {
      k += 2.0 * (m - d) * (1 - d / (double) length);
    }
    return k;
  }

  /**
   * The accumulator value at which a run of m periods reaches {@code limit}: the run's sum of
   * scores ({@code c + m k}) divided by its factor, less the allowance, reaches the limit.
   */
  double accumulated(double limit, double allowance, int m) {
    return m <= 1 ? limit : (limit + m * allowance) * factor(m) - m * allowance;
  }

  /** The accumulator {@code c} of a run of m periods judged with the baseline's error. */
  double judged(double c, double allowance, int m) {
    return m <= 1 ? c : (c + m * allowance) / factor(m) - m * allowance;
  }
}
