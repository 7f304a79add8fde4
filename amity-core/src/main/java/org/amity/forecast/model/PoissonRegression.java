package org.amity.forecast.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.forecast.backtest.Case;
import org.amity.forecast.backtest.CaseModel;

/**
 * Poisson regression (log link) for incident counts, fitted by Newton-Raphson on standardised
 * features with a small ridge penalty so that collinear lags and one-hot areas stay identifiable.
 * Its forecast is the expected count, read as the mean of a Poisson distribution.
 */
public final class PoissonRegression implements CaseModel {
  private static final int MAX_ITER = 100;
  private final double ridge;

  /**
   * @param ridge penalty on the squared standardised slopes, per case
   */
  public PoissonRegression(double ridge) {
    this.ridge = ridge;
  }

  @Override
  public String name() {
    return "poisson";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", "Poisson regression, log link, Newton-Raphson, ridge on standardised slopes");
    m.put("ridge", ridge);
    return m;
  }

  @Override
  public Fitted fit(List<Case> train, String[] features, long seed) {
    int n = train.size();
    int p = features.length;
    double[] mean = new double[p];
    double[] sd = new double[p];
    for (Case c : train) {
      for (int j = 0; j < p; j++) {
        mean[j] += c.x()[j] / n;
      }
    }
    for (Case c : train) {
      for (int j = 0; j < p; j++) {
        sd[j] += (c.x()[j] - mean[j]) * (c.x()[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < p; j++) {
      sd[j] = Math.sqrt(sd[j]);
    }
    double[][] z = new double[n][p + 1];
    double[] y = new double[n];
    double ybar = 0;
    for (int i = 0; i < n; i++) {
      z[i] = row(train.get(i).x(), mean, sd);
      y[i] = train.get(i).trainLabel();
      ybar += y[i] / n;
    }
    double[] b = new double[p + 1];
    b[0] = Math.log(Math.max(ybar, 1e-6));
    for (int it = 0; it < MAX_ITER; it++) {
      double[] g = new double[p + 1];
      double[][] h = new double[p + 1][p + 1];
      for (int i = 0; i < n; i++) {
        double mu = Math.exp(Math.min(30, dot(b, z[i])));
        for (int j = 0; j <= p; j++) {
          g[j] += (y[i] - mu) * z[i][j];
          for (int k = 0; k <= j; k++) {
            h[j][k] += mu * z[i][j] * z[i][k];
          }
        }
      }
      for (int j = 1; j <= p; j++) {
        g[j] -= ridge * n * b[j];
        h[j][j] += ridge * n;
      }
      for (int j = 0; j <= p; j++) {
        for (int k = j + 1; k <= p; k++) {
          h[j][k] = h[k][j];
        }
      }
      double[] step = Cholesky.solve(h, g);
      double move = 0;
      for (int j = 0; j <= p; j++) {
        b[j] += step[j];
        move = Math.max(move, Math.abs(step[j]));
      }
      if (move < 1e-8) {
        break;
      }
    }
    return test -> {
      double[] out = new double[test.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = Math.exp(Math.min(30, dot(b, row(test.get(i).x(), mean, sd))));
      }
      return out;
    };
  }

  private static double[] row(double[] x, double[] mean, double[] sd) {
    double[] r = new double[x.length + 1];
    r[0] = 1;
    for (int j = 0; j < x.length; j++) {
      r[j + 1] = sd[j] > 1e-12 ? (x[j] - mean[j]) / sd[j] : 0;
    }
    return r;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
