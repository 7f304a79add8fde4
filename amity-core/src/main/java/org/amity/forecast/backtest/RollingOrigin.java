package org.amity.forecast.backtest;

import java.util.ArrayList;
import java.util.List;

/**
 * Rolling-origin backtest: for each origin T the model learns from every case whose training label
 * was complete by T (the expanding window, by default; or only the most recent {@link
 * Panel#trainWindow()} feature periods of them, a fixed-length window) and forecasts the cases of
 * period T. This is the only place that decides what a model may see, so the rule is enforced once:
 * no training label that ends after T, no outcome after T in the base rate.
 */
public final class RollingOrigin {
  private RollingOrigin() {}

  /**
   * One forecast made at an origin, with the naive forecasts made at the same origin.
   *
   * @param c the case forecast (its period is the origin)
   * @param model the model's forecast
   * @param baseRate the mean outcome over outcomes known at the origin
   */
  public record Forecast(Case c, double model, double baseRate) {}

  /** Forecasts from every origin in [first, last], the model refitted at every origin. */
  public static List<Forecast> run(Panel panel, CaseModel model, long seed, int first, int last) {
    return run(panel, model, seed, first, last, 1);
  }

  /**
   * Forecasts from every origin in [first, last]; the model is refitted every {@code refitEvery}
   * origins (monthly targets refit once a year) and in between forecasts with what it learned at
   * its last refit, which never uses more than the current origin may. Origins with nothing to
   * learn from are skipped.
   */
  public static List<Forecast> run(
      Panel panel, CaseModel model, long seed, int first, int last, int refitEvery) {
    return run(panel, model, seed, first, last, refitEvery, (done, total) -> {});
  }

  /** The same, telling {@code progress} (origins done, origins in all) after each origin. */
  public static List<Forecast> run(
      Panel panel,
      CaseModel model,
      long seed,
      int first,
      int last,
      int refitEvery,
      java.util.function.BiConsumer<Integer, Integer> progress) {
    List<Forecast> out = new ArrayList<>();
    int total = Math.max(0, last - first + 1);
    CaseModel.Fitted fitted = null;
    for (int t = first; t <= last; t++) {
      if (fitted == null || (t - first) % refitEvery == 0) {
        List<Case> train = trainingCases(panel, t);
        fitted = train.isEmpty() ? null : model.fit(train, panel.features(), seed);
      }
      if (fitted != null) {
        out.addAll(atOrigin(panel, fitted, t));
      }
      progress.accept(t - first + 1, total);
    }
    return out;
  }

  /** The forecasts of one origin T by a model fitted at or before T. */
  static List<Forecast> atOrigin(Panel panel, CaseModel.Fitted fitted, int t) {
    List<Case> test = new ArrayList<>();
    for (Case c : panel.cases()) {
      if (c.period() == t && c.complete()) {
        test.add(c);
      }
    }
    double pooled = baseRate(panel, t, null);
    if (test.isEmpty() || Double.isNaN(pooled)) {
      return List.of();
    }
    double[] f = fitted.forecast(test);
    List<Forecast> out = new ArrayList<>(test.size());
    for (int i = 0; i < test.size(); i++) {
      Case c = test.get(i);
      double rate = pooled;
      if (panel.unitBaseRate()) {
        double own = baseRate(panel, t, c.unit());
        rate = Double.isNaN(own) ? pooled : own;
      }
      out.add(new Forecast(c, f[i], rate));
    }
    return out;
  }

  /**
   * Cases a model may learn from at origin t: complete, with a training label known at t ({@code
   * period + trainLag <= t}), and, with a fixed window of W periods, among the W latest such
   * periods ({@code period + trainLag > t - W}). A window longer than the history is the expanding
   * window.
   */
  public static List<Case> trainingCases(Panel panel, int t) {
    List<Case> train = new ArrayList<>();
    int window = panel.trainWindow();
    for (Case c : panel.cases()) {
      int known = c.period() + panel.trainLag();
      if (c.complete()
          && known <= t
          && (window == 0 || known > t - window)
          && !Double.isNaN(c.trainLabel())) {
        train.add(c);
      }
    }
    return train;
  }

  /** Mean of the outcomes observed by origin t, of one unit or (null) all (NaN when none is). */
  public static double baseRate(Panel panel, int t, String unit) {
    double sum = 0;
    int n = 0;
    for (Case c : panel.cases()) {
      if (c.period() + panel.horizon() <= t
          && !Double.isNaN(c.outcome())
          && (unit == null || unit.equals(c.unit()))) {
        sum += c.outcome();
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
