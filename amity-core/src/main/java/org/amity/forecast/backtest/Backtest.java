package org.amity.forecast.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.amity.forecast.calibrate.CalibratorKind;
import org.amity.forecast.score.BinaryScores;
import org.amity.forecast.score.Bootstrap;
import org.amity.forecast.score.CalibrationTable;
import org.amity.forecast.score.CountScores;

/**
 * Runs a rolling-origin backtest of a model on a panel and scores it next to the naive baselines
 * (and the published forecasts, where the target has them) on the same cases.
 */
public final class Backtest {
  /**
   * The no-change forecast of an event says "as last observed" with this much doubt, so that one
   * surprise does not make its log loss infinite.
   */
  public static final double NO_CHANGE_EPSILON = 0.01;

  private final Bootstrap bootstrap;
  private java.util.function.BiConsumer<Integer, Integer> progress = (done, total) -> {};

  /** Tells {@code progress} (origins done, origins in all) as the rolling origin advances. */
  public Backtest withProgress(java.util.function.BiConsumer<Integer, Integer> progress) {
    this.progress = progress;
    return this;
  }

  public Backtest(Bootstrap bootstrap) {
    this.bootstrap = bootstrap;
  }

  /**
   * Origins forecast before the first scored one, only to give the first scored origins a history
   * of out-of-time forecasts to calibrate on: ten years, or three years of months.
   */
  public static final int WARM_UP_YEARS = 10;

  /** Backtest over origins [first, last]; counts selects count scores instead of event scores. */
  public BacktestReport run(
      Panel panel, CaseModel model, long seed, int first, int last, boolean counts) {
    return run(panel, model, seed, first, last, counts, "none");
  }

  /**
   * The calibrators a backtest knows: Platt's two parameters refitted at every origin, the
   * intercept only, Platt's map kept until enough new events are known ({@code stable}), Platt on
   * the last ten origins only ({@code recent}, the live rule's window), one map fitted at the first
   * scored origin and held ({@code fixed}), that map's slope held with the intercept refitted at
   * every origin ({@code anchored}), or none.
   */
  public static final List<String> CALIBRATORS = CalibratorKind.labels();

  /**
   * Backtest over origins [first, last]; with a {@code calibrator} other than "none" (events only)
   * the model's and the published forecasts are recalibrated inside the rolling origin ({@link
   * Calibrated}), and the raw ones are kept beside them.
   */
  public BacktestReport run(
      Panel panel,
      CaseModel model,
      long seed,
      int first,
      int last,
      boolean counts,
      String calibrator) {
    if (!CALIBRATORS.contains(calibrator)) {
      throw new IllegalArgumentException(
          "calibrator must be one of " + CALIBRATORS + ", not '" + calibrator + "'");
    }
    boolean calibrate = !calibrator.equals("none");
    boolean monthly = panel.periodKind().equals("month");
    int refit = monthly ? 12 : 1;
    boolean cal = calibrate && !counts;
    int start = cal ? first - (monthly ? 3 * 12 : WARM_UP_YEARS) : first;
    List<RollingOrigin.Forecast> all =
        RollingOrigin.run(panel, model, seed, start, last, refit, progress);
    List<RollingOrigin.Forecast> raw = all;
    Calibrated calibrated = null;
    if (cal) {
      calibrated = Calibrated.of(all, panel, first, calibrator);
      raw = calibrated.scoredOrigins();
    }
    List<Scored> scored = new ArrayList<>();
    int dropped = 0;
    for (int i = 0; i < raw.size(); i++) {
      RollingOrigin.Forecast f = raw.get(i);
      Case c = f.c();
      if (Double.isNaN(c.outcome())) {
        continue; // not yet observed: nothing to score
      }
      if (Double.isNaN(c.lastState())
          || (panel.hasPublished() && Double.isNaN(c.published()))
          || Double.isNaN(f.model())) {
        dropped++;
        continue;
      }
      double noChange =
          counts
              ? c.lastState()
              : (c.lastState() > 0.5 ? 1 - NO_CHANGE_EPSILON : NO_CHANGE_EPSILON);
      double forecast = cal ? calibrated.model()[i] : f.model();
      double published = cal ? calibrated.published()[i] : c.published();
      scored.add(
          new Scored(
              c,
              c.outcome(),
              forecast,
              noChange,
              f.baseRate(),
              published,
              f.model(),
              c.published()));
    }
    if (scored.isEmpty()) {
      throw new IllegalStateException(panel.target() + ": no forecast could be scored");
    }
    int folds = (int) scored.stream().mapToInt(s -> s.c().period()).distinct().count();
    int lo = scored.stream().mapToInt(s -> s.c().period()).min().orElseThrow();
    int hi = scored.stream().mapToInt(s -> s.c().period()).max().orElseThrow();
    Map<String, Function<double[], Map<String, Double>>> scorers =
        counts ? countScorers(scored) : eventScorers(scored, panel.hasPublished(), cal);
    double[] ones = new double[scored.size()];
    java.util.Arrays.fill(ones, 1);
    Map<String, Double> modelScores = scorers.get("model").apply(ones);
    Map<String, Map<String, Double>> baselines = new LinkedHashMap<>();
    for (String name :
        List.of(
            "noChange",
            "baseRate",
            "lastPoisson",
            "published",
            "uncalibrated",
            "publishedUncalibrated")) {
      if (scorers.containsKey(name)) {
        baselines.put(name, scorers.get(name).apply(ones));
      } else if (name.equals("published")) {
        baselines.put(name, null);
      }
    }
    double events = scored.stream().mapToDouble(Scored::outcome).sum();
    double[] y = scored.stream().mapToDouble(Scored::outcome).toArray();
    List<CalibrationTable.Bin> calibration =
        counts
            ? List.of()
            : CalibrationTable.of(scored.stream().mapToDouble(Scored::model).toArray(), y);
    List<CalibrationTable.Bin> publishedCalibration =
        counts || !panel.hasPublished()
            ? List.of()
            : CalibrationTable.of(scored.stream().mapToDouble(Scored::published).toArray(), y);
    return new BacktestReport(
        panel.target(),
        panel.horizon(),
        counts,
        model.name(),
        folds,
        lo,
        hi,
        scored.size(),
        events,
        dropped,
        modelScores,
        baselines,
        bootstrap.intervals(scored.size(), scorers),
        cal ? calibrator : "none",
        calibration,
        publishedCalibration,
        scored,
        cal ? calibrated.maps() : Map.of());
  }

  private static Map<String, Function<double[], Map<String, Double>>> eventScorers(
      List<Scored> s, boolean published, boolean calibrated) {
    double[] y = s.stream().mapToDouble(Scored::outcome).toArray();
    Map<String, Function<double[], Map<String, Double>>> m = new LinkedHashMap<>();
    m.put("model", new BinaryScores(s.stream().mapToDouble(Scored::model).toArray(), y)::all);
    m.put("noChange", new BinaryScores(s.stream().mapToDouble(Scored::noChange).toArray(), y)::all);
    m.put("baseRate", new BinaryScores(s.stream().mapToDouble(Scored::baseRate).toArray(), y)::all);
    if (published) {
      m.put(
          "published",
          new BinaryScores(s.stream().mapToDouble(Scored::published).toArray(), y)::all);
    }
    if (calibrated) {
      m.put(
          "uncalibrated",
          new BinaryScores(s.stream().mapToDouble(Scored::rawModel).toArray(), y)::all);
      if (published) {
        m.put(
            "publishedUncalibrated",
            new BinaryScores(s.stream().mapToDouble(Scored::rawPublished).toArray(), y)::all);
      }
    }
    return m;
  }

  private static Map<String, Function<double[], Map<String, Double>>> countScorers(List<Scored> s) {
    double[] y = s.stream().mapToDouble(Scored::outcome).toArray();
    double[] last = s.stream().mapToDouble(Scored::noChange).toArray();
    Map<String, Function<double[], Map<String, Double>>> m = new LinkedHashMap<>();
    m.put("model", new CountScores(s.stream().mapToDouble(Scored::model).toArray(), y, true)::all);
    m.put("noChange", new CountScores(last, y, false)::all);
    m.put(
        "baseRate",
        new CountScores(s.stream().mapToDouble(Scored::baseRate).toArray(), y, true)::all);
    m.put("lastPoisson", new CountScores(last, y, true)::all);
    return m;
  }
}
