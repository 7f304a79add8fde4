package org.amity.forecast.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

  public Backtest(Bootstrap bootstrap) {
    this.bootstrap = bootstrap;
  }

  /** Backtest over origins [first, last]; counts selects count scores instead of event scores. */
  public BacktestReport run(
      Panel panel, CaseModel model, long seed, int first, int last, boolean counts) {
    int refit = panel.periodKind().equals("month") ? 12 : 1;
    List<RollingOrigin.Forecast> raw = RollingOrigin.run(panel, model, seed, first, last, refit);
    List<Scored> scored = new ArrayList<>();
    int dropped = 0;
    for (RollingOrigin.Forecast f : raw) {
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
      scored.add(new Scored(c, c.outcome(), f.model(), noChange, f.baseRate(), c.published()));
    }
    if (scored.isEmpty()) {
      throw new IllegalStateException(panel.target() + ": no forecast could be scored");
    }
    int folds = (int) scored.stream().mapToInt(s -> s.c().period()).distinct().count();
    int lo = scored.stream().mapToInt(s -> s.c().period()).min().orElseThrow();
    int hi = scored.stream().mapToInt(s -> s.c().period()).max().orElseThrow();
    Map<String, Function<double[], Map<String, Double>>> scorers =
        counts ? countScorers(scored) : eventScorers(scored, panel.hasPublished());
    double[] ones = new double[scored.size()];
    java.util.Arrays.fill(ones, 1);
    Map<String, Double> modelScores = scorers.get("model").apply(ones);
    Map<String, Map<String, Double>> baselines = new LinkedHashMap<>();
    for (String name : List.of("noChange", "baseRate", "lastPoisson", "published")) {
      if (scorers.containsKey(name)) {
        baselines.put(name, scorers.get(name).apply(ones));
      } else if (name.equals("published")) {
        baselines.put(name, null);
      }
    }
    double events = scored.stream().mapToDouble(Scored::outcome).sum();
    List<CalibrationTable.Bin> calibration =
        counts
            ? List.of()
            : CalibrationTable.of(
                scored.stream().mapToDouble(Scored::model).toArray(),
                scored.stream().mapToDouble(Scored::outcome).toArray());
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
        calibration,
        scored);
  }

  private static Map<String, Function<double[], Map<String, Double>>> eventScorers(
      List<Scored> s, boolean published) {
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
