package org.amity.forecast.score;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scores of count forecasts: mean absolute error of the forecast mean, and the continuous ranked
 * probability score of the forecast distribution. A forecaster either gives a Poisson distribution
 * with its mean, or a point forecast (all mass on one count, for which the CRPS equals the absolute
 * error).
 */
public final class CountScores {
  private final double[] mean;
  private final double[] y;
  private final double[] crps;

  /**
   * @param mean forecast means
   * @param y observed counts
   * @param poisson true for a Poisson predictive distribution, false for a point forecast
   */
  public CountScores(double[] mean, double[] y, boolean poisson) {
    if (mean.length != y.length) {
      throw new IllegalArgumentException("forecasts and outcomes differ in length");
    }
    this.mean = mean.clone();
    this.y = y.clone();
    this.crps = new double[mean.length];
    for (int i = 0; i < mean.length; i++) {
      crps[i] = poisson ? poissonCrps(mean[i], y[i]) : Math.abs(mean[i] - y[i]);
    }
  }

  /** Both scores, in the order mae, crps. */
  public Map<String, Double> all(double[] w) {
    double mae = 0;
    double c = 0;
    double n = 0;
    for (int i = 0; i < y.length; i++) {
      mae += w[i] * Math.abs(mean[i] - y[i]);
      c += w[i] * crps[i];
      n += w[i];
    }
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("mae", mae / n);
    m.put("crps", c / n);
    return m;
  }

  /**
   * CRPS of a Poisson(mu) forecast for observed count y: the sum over k of (F(k) - 1[y <= k])^2,
   * summed until the distribution's tail mass is negligible.
   */
  public static double poissonCrps(double mu, double y) {
    if (mu <= 0) {
      return Math.abs(y);
    }
    double pk = Math.exp(-mu);
    double cdf = pk;
    double sum = 0;
    int upper = (int) Math.max(y, mu + 12 * Math.sqrt(mu) + 20);
    if (pk == 0) {
      // very large mean: a normal approximation of the Poisson is exact enough here
      double s = Math.sqrt(mu);
      double z = (y - mu) / s;
      return s * (z * (2 * normalCdf(z) - 1) + 2 * normalPdf(z) - 1 / Math.sqrt(Math.PI));
    }
    for (int k = 0; k <= upper; k++) {
      if (k > 0) {
        pk *= mu / k;
        cdf += pk;
      }
      double ind = y <= k ? 1 : 0;
      double d = Math.min(1, cdf) - ind;
      sum += d * d;
    }
    return sum;
  }

  private static double normalPdf(double z) {
    return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
  }

  private static double normalCdf(double z) {
    return 0.5 * (1 + erf(z / Math.sqrt(2)));
  }

  private static double erf(double x) {
    // Abramowitz-Stegun 7.1.26, absolute error below 1.5e-7
    double t = 1 / (1 + 0.3275911 * Math.abs(x));
    double yv =
        1
            - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
                    + 0.254829592)
                * t
                * Math.exp(-x * x);
    return x >= 0 ? yv : -yv;
  }
}
