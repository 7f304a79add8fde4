package org.amity.signal;

/**
 * How surprising a count is under a Poisson expectation, as a standard-normal score: the mid-p
 * upper tail {@code P(X > x) + P(X = x)/2} turned into the normal quantile with the same tail.
 * Exact for the small counts where the normal approximation misleads.
 */
final class PoissonTail {
  private PoissonTail() {}

  /** The score of observing {@code x} (rounded down) when {@code mean} was expected. */
  static double score(double x, double mean) {
    int k = (int) Math.floor(x);
    if (mean <= 0) {
      mean = 1e-6;
    }
    // P(X <= k-1) and P(X = k) by summing the pmf in log space
    double logP = -mean;
    double below = 0;
    for (int i = 0; i < k; i++) {
      below += Math.exp(logP);
      logP += Math.log(mean) - Math.log(i + 1);
    }
    return midP(below, Math.exp(logP));
  }

  /**
   * The score of observing {@code x} (rounded down) when {@code mean} was expected from a baseline
   * holding {@code events} events: the mid-p upper tail of the Poisson-gamma predictive
   * distribution, a negative binomial with shape {@code events} and that mean (its variance {@code
   * mean + mean^2 / events}), turned into a normal score. As the baseline's events grow it tends to
   * {@link #score}; with a few events the mean itself is uncertain and a burst is less surprising.
   */
  static double predictiveScore(double x, double mean, double events) {
    if (!(events > 0)) {
      throw new IllegalArgumentException("a predictive tail needs a positive event count");
    }
    int k = (int) Math.floor(x);
    if (mean <= 0) {
      mean = 1e-6;
    }
    // P(X = i) = C(i + a - 1, i) (a / (a + m))^a (m / (a + m))^i, in log space; log1p keeps
    // P(X = 0) exact when the baseline holds far more events than are expected now
    double logP = -events * Math.log1p(mean / events);
    double logRatio = Math.log(mean / (events + mean));
    double below = 0;
    for (int i = 0; i < k; i++) {
      below += Math.exp(logP);
      logP += Math.log((i + events) / (i + 1)) + logRatio;
    }
    return midP(below, Math.exp(logP));
  }

  /**
   * The normal score of the mid-p upper tail {@code 1 - P(X < k) - P(X = k) / 2} (0 below the
   * median).
   */
  private static double midP(double below, double atK) {
    double upper = Math.max(1e-300, 1 - below - atK / 2);
    return upper >= 0.5 ? 0 : inverseUpperTail(upper);
  }

  /** z with P(Z > z) = q, for 0 < q < 0.5 (Acklam's rational approximation, tail branch). */
  static double inverseUpperTail(double q) {
    double p = q;
    if (p < 0.02425) {
      double r = Math.sqrt(-2 * Math.log(p));
      return -(((((C[0] * r + C[1]) * r + C[2]) * r + C[3]) * r + C[4]) * r + C[5])
          / ((((D[0] * r + D[1]) * r + D[2]) * r + D[3]) * r + 1);
    }
    double u = 0.5 - p;
    double r = u * u;
    return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
        * u
        / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }

  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01,
    1.615858368580409e+02,
    -1.556989798598866e+02,
    6.680131188771972e+01,
    -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549671627446475e+00, 4.374664141464968e+00, 2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  };
}
