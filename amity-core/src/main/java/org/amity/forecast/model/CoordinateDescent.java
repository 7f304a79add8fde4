package org.amity.forecast.model;

/**
 * The inner solver of {@link ElasticNetLogit}: for one lambda, repeat a quadratic (IRLS)
 * approximation of the binomial log-likelihood and minimise the penalised weighted least squares by
 * cyclic coordinate descent, sweeping only the non-zero ("active") slopes between full sweeps.
 * State is kept between calls so a path is fitted with warm starts. Rows may carry an offset, a
 * fixed part of their log-odds that no coefficient multiplies.
 */
final class CoordinateDescent {
  private static final int MAX_OUTER = 50;
  private static final int MAX_SWEEPS = 10_000;

  private final Standardised d;
  private final double alpha;
  private final double tolerance;
  private final double clip;
  private double b0;
  private final double[] b;
  private final double[] eta;
  private final double[] w;
  private final double[] r;
  private final double[] xv;

  CoordinateDescent(Standardised d, double alpha, double tolerance, double clip) {
    this.d = d;
    this.alpha = alpha;
    this.tolerance = tolerance;
    this.clip = clip;
    this.b = new double[d.p];
    this.eta = new double[d.n];
    this.w = new double[d.n];
    this.r = new double[d.n];
    this.xv = new double[d.p];
    b0 = d.nullIntercept(clip);
    for (int i = 0; i < d.n; i++) {
      eta[i] = b0 + d.offset(i);
    }
  }

  /** Intercept first, then slopes (standardised scale). */
  double[] coefficients() {
    double[] out = new double[d.p + 1];
    out[0] = b0;
    System.arraycopy(b, 0, out, 1, d.p);
    return out;
  }

  /** Binomial deviance of the current fit on its training rows. */
  double deviance() {
    double dev = 0;
    for (int i = 0; i < d.n; i++) {
      double q = prob(eta[i]);
      dev -= 2 * (d.y[i] > 0.5 ? Math.log(q) : Math.log(1 - q));
    }
    return dev;
  }

  private double prob(double e) {
    return Math.min(1 - clip, Math.max(clip, 1 / (1 + Math.exp(-e))));
  }

  /** Fits the given lambda starting from the current coefficients. */
  void solve(double lambda) {
    double l1 = lambda * alpha;
    double l2 = lambda * (1 - alpha);
    int n = d.n;
    for (int outer = 0; outer < MAX_OUTER; outer++) {
      double wsum = 0;
      for (int i = 0; i < n; i++) {
        double q = prob(eta[i]);
        w[i] = q * (1 - q);
        r[i] = (d.y[i] - q) / w[i];
        wsum += w[i];
      }
      for (int j = 0; j < d.p; j++) {
        double s = 0;
        double[] xj = d.x[j];
        for (int i = 0; i < n; i++) {
          s += w[i] * xj[i] * xj[i];
        }
        xv[j] = s / n;
      }
      double worst = sweepUntilConverged(l1, l2, wsum);
      if (worst < tolerance) {
        break;
      }
    }
  }

  /** Coordinate descent on the current quadratic approximation; returns the largest first move. */
  private double sweepUntilConverged(double l1, double l2, double wsum) {
    double first = -1;
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double dlx = sweep(l1, l2, wsum, false);
      if (first < 0) {
        first = dlx;
      }
      if (dlx < tolerance) {
        break;
      }
      // converge on the active set before the next full sweep
      for (int inner = 0; inner < MAX_SWEEPS; inner++) {
        if (sweep(l1, l2, wsum, true) < tolerance) {
          break;
        }
      }
    }
    return first;
  }

  private double sweep(double l1, double l2, double wsum, boolean activeOnly) {
    int n = d.n;
    double dlx = 0;
    for (int j = 0; j < d.p; j++) {
      if (d.sd[j] == 0 || (activeOnly && b[j] == 0)) {
        continue;
      }
      double[] xj = d.x[j];
      double g = 0;
      for (int i = 0; i < n; i++) {
        g += w[i] * xj[i] * r[i];
      }
      g = g / n + xv[j] * b[j];
      double nb = softThreshold(g, l1) / (xv[j] + l2);
      double delta = nb - b[j];
      if (delta != 0) {
        b[j] = nb;
        for (int i = 0; i < n; i++) {
          r[i] -= delta * xj[i];
          eta[i] += delta * xj[i];
        }
        dlx = Math.max(dlx, xv[j] * delta * delta);
      }
    }
    double g0 = 0;
    for (int i = 0; i < n; i++) {
      g0 += w[i] * r[i];
    }
    double delta0 = g0 / wsum;
    if (delta0 != 0) {
      b0 += delta0;
      for (int i = 0; i < n; i++) {
        r[i] -= delta0;
        eta[i] += delta0;
      }
      dlx = Math.max(dlx, wsum / n * delta0 * delta0);
    }
    return dlx;
  }

  private static double softThreshold(double z, double t) {
    if (z > t) {
      return z - t;
    }
    if (z < -t) {
      return z + t;
    }
    return 0;
  }
}
