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
  // each row's fixed part of the log-odds (null: none)
  final double[] offset;
  final double[] mean;
  final double[] sd;

  private Standardised(double[][] x, double[] y, double[] offset, double[] mean, double[] sd) {
    this.x = x;
    this.y = y;
    this.offset = offset;
    this.mean = mean;
    this.sd = sd;
    this.n = y.length;
    this.p = x.length;
  }

  /** The rows where {@code keep} is true (all rows when it is null). */
  static Standardised of(double[][] rows, double[] y, boolean[] keep) {
    return of(rows, y, null, keep);
  }

  /**
   * The rows where {@code keep} is true (all rows when it is null), each with its offset (a fixed
   * part of the log-odds; null for none).
   */
  static Standardised of(double[][] rows, double[] y, double[] offset, boolean[] keep) {
    int n = 0;
    for (int i = 0; i < rows.length; i++) {
      if (keep == null || keep[i]) {
        n++;
      }
    }
    int p = rows.length == 0 ? 0 : rows[0].length;
    double[][] cols = new double[p][n];
    double[] ys = new double[n];
    double[] os = offset == null ? null : new double[n];
    for (int i = 0, k = 0; i < rows.length; i++) {
      if (keep == null || keep[i]) {
        for (int j = 0; j < p; j++) {
          cols[j][k] = rows[i][j];
        }
        if (os != null) {
          os[k] = offset[i];
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
    return new Standardised(cols, ys, os, mean, sd);
  }

  /** The offset of row i (0 without offsets). */
  double offset(int i) {
    return offset == null ? 0 : offset[i];
  }

  /**
   * The intercept of the model with no slope: the log-odds of the mean outcome, or with offsets the
   * intercept whose fitted mean matches the outcomes' (Newton's method on the one parameter).
   */
  double nullIntercept(double clip) {
    double ybar = java.util.Arrays.stream(y).average().orElse(0.5);
    ybar = Math.min(1 - clip, Math.max(clip, ybar));
    double b0 = Math.log(ybar / (1 - ybar));
    if (offset == null) {
      return b0;
    }
    double mo = java.util.Arrays.stream(offset).average().orElse(0);
    b0 -= mo;
    for (int it = 0; it < 100; it++) {
      double g = 0;
      double h = 0;
      for (int i = 0; i < n; i++) {
        double q = 1 / (1 + Math.exp(-(b0 + offset[i])));
        g += y[i] - q;
        h += q * (1 - q);
      }
      double step = h > 0 ? g / h : 0;
      b0 += Math.max(-5, Math.min(5, step));
      if (Math.abs(step) < 1e-12) {
        break;
      }
    }
    return b0;
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
