package org.amity.forecast.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Logistic regression with the elastic-net penalty, fitted the way glmnet fits it (the Early
 * Warning Project's published model): predictors standardised, the penalty {@code lambda * (alpha
 * |b| + (1 - alpha) b^2 / 2)} on every slope but not the intercept, a path of lambdas from the
 * smallest that zeroes every slope down to a ratio of it, each fitted by iteratively reweighted
 * least squares with cyclic coordinate descent and warm starts, and lambda chosen by k-fold
 * cross-validated binomial deviance ("lambda.min"). Folds are drawn from the seed.
 */
public final class ElasticNetLogit implements Learner {
  private static final double P_CLIP = 1e-5;
  private static final double TOLERANCE = 1e-7;

  /** Penalty mix, path length and cross-validation folds. */
  public record Settings(double alpha, int lambdas, int folds) {
    public Settings {
      if (alpha <= 0 || alpha > 1) {
        throw new IllegalArgumentException("alpha must be in (0, 1]");
      }
      if (lambdas < 2 || folds < 2) {
        throw new IllegalArgumentException("need at least 2 lambdas and 2 folds");
      }
    }

    /** EWP's choice: alpha 0.5, glmnet's 100 lambdas and 10 folds. */
    public static Settings ewp() {
      return new Settings(0.5, 100, 10);
    }
  }

  private final Settings settings;

  public ElasticNetLogit(Settings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "logit";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", "elastic-net logistic regression (coordinate descent, glmnet algorithm)");
    m.put("alpha", settings.alpha());
    m.put("lambdas", settings.lambdas());
    m.put("cvFolds", settings.folds());
    m.put("lambdaChoice", "min cross-validated deviance");
    return m;
  }

  /** A fitted model on the original scale of the predictors. */
  public record Fit(double intercept, double[] beta, double lambda) implements ProbabilityModel {
    @Override
    public double[] predict(double[][] x) {
      return predict(x, null);
    }

    /** The probabilities of rows whose log-odds carry an offset each (null: none). */
    public double[] predict(double[][] x, double[] offset) {
      double[] out = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        double eta = intercept + (offset == null ? 0 : offset[i]);
        for (int j = 0; j < beta.length; j++) {
          eta += beta[j] * x[i][j];
        }
        out[i] = 1 / (1 + Math.exp(-eta));
      }
      return out;
    }
  }

  @Override
  public Fit fit(double[][] x, double[] y, String[] featureNames, long seed) {
    return fitWithOffset(x, y, null, seed);
  }

  /**
   * Fits with an offset per row: a fixed part of the log-odds, with no coefficient (null: none), in
   * the IRLS steps, the null model that starts the lambda path and the held-out deviance of the
   * folds alike. The fitted model's forecasts need the rows' offsets too ({@link
   * Fit#predict(double[][], double[])}).
   */
  public Fit fitWithOffset(double[][] x, double[] y, double[] offset, long seed) {
    Standardised full = Standardised.of(x, y, offset, null);
    double[] lambdas = lambdaPath(full);
    double[][] path = path(full, lambdas, true);
    int used = path.length;
    double[] cvDeviance = crossValidate(x, y, offset, Arrays.copyOf(lambdas, used), seed);
    int best = 0;
    for (int l = 1; l < used; l++) {
      if (cvDeviance[l] < cvDeviance[best]) {
        best = l;
      }
    }
    return full.toOriginalScale(path[best], lambdas[best]);
  }

  /** Fits one lambda only (no cross-validation), for bootstrap refits. */
  public Fit fitAt(double[][] x, double[] y, double lambda) {
    Standardised d = Standardised.of(x, y, null);
    double[] lambdas = lambdaPath(d);
    int k = 0;
    while (k < lambdas.length && lambdas[k] > lambda) {
      k++;
    }
    double[] seq = Arrays.copyOf(lambdas, k + 1);
    seq[k] = lambda;
    double[][] path = path(d, seq, false);
    return d.toOriginalScale(path[path.length - 1], lambda);
  }

  private double[] lambdaPath(Standardised d) {
    // the residuals of the model with no slope (with offsets, each row's own null probability)
    double[] fitted = new double[d.n];
    if (d.offset == null) {
      Arrays.fill(fitted, Arrays.stream(d.y).average().orElse(0));
    } else {
      double b0 = d.nullIntercept(P_CLIP);
      for (int i = 0; i < d.n; i++) {
        fitted[i] = 1 / (1 + Math.exp(-(b0 + d.offset(i))));
      }
    }
    double max = 0;
    for (int j = 0; j < d.p; j++) {
      double g = 0;
      for (int i = 0; i < d.n; i++) {
        g += d.x[j][i] * (d.y[i] - fitted[i]);
      }
      max = Math.max(max, Math.abs(g) / d.n);
    }
    max /= settings.alpha();
    double ratio = d.n < d.p ? 1e-2 : 1e-4;
    int k = settings.lambdas();
    double[] l = new double[k];
    for (int i = 0; i < k; i++) {
      l[i] = max * Math.pow(ratio, (double) i / (k - 1));
    }
    return l;
  }

  private double[] crossValidate(
      double[][] x, double[] y, double[] offset, double[] lambdas, long seed) {
    int n = y.length;
    int k = Math.min(settings.folds(), n);
    int[] fold = new int[n];
    for (int i = 0; i < n; i++) {
      fold[i] = i % k;
    }
    Random random = new Random(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = fold[i];
      fold[i] = fold[j];
      fold[j] = t;
    }
    double[][] perFold =
        IntStream.range(0, k)
            .parallel()
            .mapToObj(f -> foldDeviance(x, y, offset, fold, f, lambdas))
            .toArray(double[][]::new);
    double[] total = new double[lambdas.length];
    for (double[] d : perFold) {
      for (int l = 0; l < total.length; l++) {
        total[l] += d[l];
      }
    }
    return total;
  }

  private double[] foldDeviance(
      double[][] x, double[] y, double[] offset, int[] fold, int f, double[] lambdas) {
    boolean[] train = new boolean[y.length];
    int held = 0;
    for (int i = 0; i < y.length; i++) {
      train[i] = fold[i] != f;
      held += train[i] ? 0 : 1;
    }
    double[][] hx = new double[held][];
    double[] hy = new double[held];
    double[] ho = offset == null ? null : new double[held];
    for (int i = 0, h = 0; i < y.length; i++) {
      if (!train[i]) {
        hx[h] = x[i];
        if (ho != null) {
          ho[h] = offset[i];
        }
        hy[h++] = y[i];
      }
    }
    Standardised d = Standardised.of(x, y, offset, train);
    double[][] path = path(d, lambdas, false);
    double[] dev = new double[lambdas.length];
    for (int l = 0; l < lambdas.length; l++) {
      double[] p =
          d.toOriginalScale(path[Math.min(l, path.length - 1)], lambdas[l]).predict(hx, ho);
      for (int i = 0; i < held; i++) {
        double q = Math.min(1 - P_CLIP, Math.max(P_CLIP, p[i]));
        dev[l] -= 2 * (hy[i] > 0.5 ? Math.log(q) : Math.log(1 - q));
      }
    }
    return dev;
  }

  /**
   * Coefficients (intercept first, standardised scale) along the lambdas; with {@code stopEarly}
   * the path ends, as glmnet's does, once the deviance explained stops growing.
   */
  private double[][] path(Standardised d, double[] lambdas, boolean stopEarly) {
    CoordinateDescent cd = new CoordinateDescent(d, settings.alpha(), TOLERANCE, P_CLIP);
    double nullDev = cd.deviance();
    double[][] out = new double[lambdas.length][];
    double prevRatio = 0;
    for (int l = 0; l < lambdas.length; l++) {
      cd.solve(lambdas[l]);
      out[l] = cd.coefficients();
      if (stopEarly && l >= 4) {
        double ratio = 1 - cd.deviance() / nullDev;
        if (ratio > 0.999 || ratio - prevRatio < 1e-5 * ratio) {
          return Arrays.copyOf(out, l + 1);
        }
        prevRatio = ratio;
      } else {
        prevRatio = 1 - cd.deviance() / nullDev;
      }
    }
    return out;
  }
}
