package org.amity.forecast.model;

/**
 * Training rows as glmnet sees them: each predictor centred and scaled to unit (population)
 * standard deviation, stored by column for fast coordinate sweeps. Constant predictors get scale
 * zero and stay out of the model.
 */
final class Standardised {
  final int n;
  final int p;
  final double[][] x;
  final double[] y;
  final double[] mean;
  final double[] sd;

  private Standardised(double[][] x, double[] y, double[] mean, double[] sd) {
    this.x = x;
    this.y = y;
    this.mean = mean;
    this.sd = sd;
    this.n = y.length;
    this.p = x.length;
  }

  /** The rows where {@code keep} is true (all rows when it is null). */
  static Standardised of(double[][] rows, double[] y, boolean[] keep) {
    int n = 0;
    for (int i = 0; i < rows.length; i++) {
      if (keep == null || keep[i]) {
        n++;
      }
    }
    int p = rows.length == 0 ? 0 : rows[0].length;
    double[][] cols = new double[p][n];
    double[] ys = new double[n];
    for (int i = 0, k = 0; i < rows.length; i++) {
      if (keep == null || keep[i]) {
        for (int j = 0; j < p; j++) {
          cols[j][k] = rows[i][j];
        }
        ys[k++] = y[i];
      }
    }
    double[] mean = new double[p];
    double[] sd = new double[p];
    for (int j = 0; j < p; j++) {
      double m = 0;
      for (double v : cols[j]) {
        m += v;
      }
      m /= n;
      double ss = 0;
      for (double v : cols[j]) {
        ss += (v - m) * (v - m);
      }
      double s = Math.sqrt(ss / n);
      mean[j] = m;
      sd[j] = s > 1e-12 ? s : 0;
      for (int i = 0; i < n; i++) {
        cols[j][i] = sd[j] == 0 ? 0 : (cols[j][i] - m) / sd[j];
      }
    }
    return new Standardised(cols, ys, mean, sd);
  }

  /** Turns standardised coefficients (intercept first) into a model on the original scale. */
  ElasticNetLogit.Fit toOriginalScale(double[] b, double lambda) {
    double[] beta = new double[p];
    double intercept = b[0];
    for (int j = 0; j < p; j++) {
      if (sd[j] > 0) {
        beta[j] = b[j + 1] / sd[j];
        intercept -= beta[j] * mean[j];
      }
    }
    return new ElasticNetLogit.Fit(intercept, beta, lambda);
  }
}
