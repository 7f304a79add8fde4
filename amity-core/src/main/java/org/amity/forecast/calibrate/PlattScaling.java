package org.amity.forecast.calibrate;

/**
 * Platt scaling on the log-odds of a probability: {@code p' = 1 / (1 + exp(-(a + b * logit(p))))}.
 *
 * <p>Two parameters suit rare events: an onset base rate near 1% gives a few dozen positives per
 * decade, too few for isotonic regression (whose steps then sit on single events and put zeros in
 * the log loss) and for the third parameter of a beta calibration (which, for p near 0, is nearly
 * collinear with the slope on log p). Targets are smoothed as Platt proposed ((N+ + 1) / (N+ + 2)
 * for events, 1 / (N- + 2) otherwise), so that a short history cannot push forecasts to 0 or 1.
 * Fitted by Newton's method on the log-likelihood.
 *
 * @param a intercept on the log-odds scale
 * @param b slope on the raw forecast's log-odds (1 with a = 0 is the identity)
 */
public record PlattScaling(double a, double b) {
  /** Raw probabilities are clipped to [EPS, 1 - EPS] before taking log-odds. */
  static final double EPS = 1e-6;

  /** The identity map (no calibration). */
  public static final PlattScaling IDENTITY = new PlattScaling(0, 1);

  /** Fits intercept and slope to raw forecasts {@code p} and their outcomes {@code y} (0 or 1). */
  public static PlattScaling fit(double[] p, double[] y) {
    return fit(p, y, true);
  }

  /**
   * Fits the map; without {@code slope} only the intercept is fitted (slope 1: a shift of every
   * forecast's log-odds, "calibration in the large", which keeps the ranking within an origin and
   * changes it across origins least).
   */
  public static PlattScaling fit(double[] p, double[] y, boolean slope) {
    return fit(p, y, slope, 1);
  }

  /**
   * Fits the intercept only, with the slope held at {@code b}: a one-parameter logistic fit of the
   * outcome with {@code b * logit(p)} as an offset (Platt's smoothed targets, as {@link #fit}).
   * With {@code b = 1} this is the intercept-only fit of {@code fit(p, y, false)}.
   */
  public static PlattScaling fitIntercept(double[] p, double[] y, double b) {
    if (!Double.isFinite(b)) {
      throw new IllegalArgumentException("the held slope must be finite, not " + b);
    }
    return fit(p, y, false, b);
  }

  private static PlattScaling fit(double[] p, double[] y, boolean slope, double heldSlope) {
    int n = p.length;
    double pos = 0;
    for (double v : y) {
      pos += v > 0.5 ? 1 : 0;
    }
    double neg = n - pos;
    double hi = (pos + 1) / (pos + 2);
    double lo = 1 / (neg + 2);
    double[] z = new double[n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      z[i] = logit(p[i]);
      t[i] = y[i] > 0.5 ? hi : lo;
    }
    double a = logit((pos + 1) / (n + 2));
    double b = slope ? 0 : heldSlope;
    double loss = loss(z, t, a, b);
    for (int it = 0; it < 200; it++) {
      double ga = 0;
      double gb = 0;
      double haa = 1e-9;
      double hab = 0;
      double hbb = 1e-9;
      for (int i = 0; i < n; i++) {
        double q = sigmoid(a + b * z[i]);
        double r = q - t[i];
        double w = q * (1 - q);
        ga += r;
        gb += r * z[i];
        haa += w;
        hab += w * z[i];
        hbb += w * z[i] * z[i];
      }
      double da;
      double db;
      if (slope) {
        double det = haa * hbb - hab * hab;
        if (det <= 0) {
          break;
        }
        da = (hbb * ga - hab * gb) / det;
        db = (haa * gb - hab * ga) / det;
      } else {
        da = ga / haa;
        db = 0;
      }
      // Newton's step, halved until the loss does not rise (so a far start cannot diverge)
      double step = 1;
      double next = loss(z, t, a - da, b - db);
      while (next > loss && step > 1e-6) {
        step /= 2;
        next = loss(z, t, a - step * da, b - step * db);
      }
      if (next > loss) {
        break;
      }
      a -= step * da;
      b -= step * db;
      boolean done = loss - next < 1e-12 * Math.max(1, loss);
      loss = next;
      if (done) {
        break;
      }
    }
    return new PlattScaling(a, b);
  }

  /** The calibrated probability of a raw one. */
  public double apply(double p) {
    if (a == 0 && b == 1) {
      return p; // the identity, exactly
    }
    return sigmoid(a + b * logit(p));
  }

  /** Cross-entropy of targets t under log-odds a + b z. */
  private static double loss(double[] z, double[] t, double a, double b) {
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      double v = a + b * z[i];
      // log(1 + e^v) - t v, computed without overflow
      sum += (v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v))) - t[i] * v;
    }
    return sum;
  }

  static double logit(double p) {
    double q = Math.min(1 - EPS, Math.max(EPS, p));
    return Math.log(q / (1 - q));
  }

  static double sigmoid(double v) {
    return 1 / (1 + Math.exp(-v));
  }
}
