package org.amity.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amity.forecast.Asean;
import org.amity.forecast.backtest.BacktestReport;
import org.amity.forecast.backtest.Scored;
import org.amity.forecast.score.BinaryScores;
import org.amity.forecast.score.Bootstrap;
import org.amity.forecast.score.CalibrationTable;

/**
 * The backtest's JSON contract: target, horizon, folds, model scores, baselines with the same score
 * keys (null for a baseline the target lacks), provenance; with detail also intervals, the
 * calibration table, the ASEAN view and (events) the level by block of origins.
 */
final class BacktestJson {
  private BacktestJson() {}

  static Map<String, Object> of(
      BacktestReport r, String periodKind, Map<String, Object> provenance, boolean detail) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("target", r.target());
    out.put("horizon", r.horizon());
    out.put("folds", r.folds());
    out.put("model", round(r.modelScores()));
    Map<String, String> better = new LinkedHashMap<>();
    r.modelScores().keySet().forEach(k -> better.put(k, better(k)));
    out.put("betterWhen", better);
    Map<String, Object> baselines = new LinkedHashMap<>();
    r.baselines().forEach((k, v) -> baselines.put(k, v == null ? null : round(v)));
    out.put("baselines", baselines);
    Map<String, Object> prov = new LinkedHashMap<>(provenance);
    prov.put("modelName", r.model());
    prov.put(
        "origins",
        period(r.firstOrigin(), periodKind) + " to " + period(r.lastOrigin(), periodKind));
    prov.put("cases", r.cases());
    prov.put("events", r.events());
    prov.put("casesWithoutEveryForecast", r.dropped());
    prov.put("scores", r.counts() ? "mae, crps (counts)" : "brier, auc, ap, logLoss");
    prov.put("calibrator", r.calibrator());
    if (detail && !r.calibrationMaps().isEmpty()) {
      List<Map<String, Object>> maps = new ArrayList<>();
      r.calibrationMaps()
          .forEach(
              (origin, m) -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("origin", period(origin, periodKind));
                x.put("a", round(m.a()));
                x.put("b", round(m.b()));
                maps.add(x);
              });
      prov.put("calibrationMaps", maps);
    }
    out.put("provenance", prov);
    if (!r.counts()) {
      out.put("calibration", calibration(r.calibration()));
      if (!r.publishedCalibration().isEmpty()) {
        out.put("publishedCalibration", calibration(r.publishedCalibration()));
      }
    }
    if (detail) {
      Map<String, Object> iv = new LinkedHashMap<>();
      r.intervals()
          .forEach(
              (name, m) -> {
                Map<String, Object> x = new LinkedHashMap<>();
                m.forEach((k, v) -> x.put(k, List.of(round(v.low()), round(v.high()))));
                iv.put(name, x);
              });
      out.put("intervals95", iv);
      if (!r.counts()) {
        out.put("asean", aseanView(r));
        out.put("levelByPeriod", levelByPeriod(r, periodKind));
      }
    }
    return out;
  }

  private static List<Map<String, Object>> calibration(List<CalibrationTable.Bin> bins) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (CalibrationTable.Bin b : bins) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", b.low());
      m.put("to", b.high());
      m.put("cases", b.cases());
      m.put("meanForecast", round(b.meanForecast()));
      m.put("events", b.events());
      m.put("observedRate", round(b.observedRate()));
      out.add(m);
    }
    return out;
  }

  /**
   * Calibration in the large by block of origins: ten years (120 months) each from the first
   * origin, a last block shorter than half of that joining the one before; per block the cases,
   * events, observed rate and the mean forecast of the model, the model before calibration and the
   * base rate. A level right on average can hide early years too low and late years too high.
   */
  static List<Map<String, Object>> levelByPeriod(BacktestReport r, String periodKind) {
    int block = "month".equals(periodKind) ? 120 : 10;
    int blocks = Math.max(1, (r.lastOrigin() - r.firstOrigin() + 1) / block);
    if ((r.lastOrigin() - r.firstOrigin() + 1) % block >= block / 2) {
      blocks++;
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (int b = 0; b < blocks; b++) {
      int from = r.firstOrigin() + b * block;
      int to = b == blocks - 1 ? r.lastOrigin() : from + block - 1;
      List<Scored> in =
          r.scored().stream().filter(x -> x.c().period() >= from && x.c().period() <= to).toList();
      if (in.isEmpty()) {
        continue;
      }
      double events = in.stream().mapToDouble(Scored::outcome).sum();
      double model = in.stream().mapToDouble(Scored::model).average().orElseThrow();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("origins", period(from, periodKind) + " to " + period(to, periodKind));
      m.put("cases", in.size());
      m.put("events", events);
      m.put("observedRate", round(events / in.size()));
      m.put("meanForecast", round(model));
      m.put(
          "meanForecastUncalibrated",
          round(in.stream().mapToDouble(Scored::rawModel).average().orElseThrow()));
      m.put(
          "meanBaseRate", round(in.stream().mapToDouble(Scored::baseRate).average().orElseThrow()));
      m.put("forecastOverObserved", events == 0 ? null : round(model * in.size() / events));
      out.add(m);
    }
    return out;
  }

  /** Scores of model and base rate on ASEAN members' cases only (few events: read with care). */
  private static Map<String, Object> aseanView(BacktestReport r) {
    List<Scored> s = r.scored().stream().filter(x -> Asean.member(x.c().unit())).toList();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cases", s.size());
    m.put("events", s.stream().mapToDouble(Scored::outcome).sum());
    if (s.isEmpty()) {
      return m;
    }
    double[] y = s.stream().mapToDouble(Scored::outcome).toArray();
    m.put(
        "model", round(new BinaryScores(s.stream().mapToDouble(Scored::model).toArray(), y).all()));
    m.put(
        "baseRate",
        round(new BinaryScores(s.stream().mapToDouble(Scored::baseRate).toArray(), y).all()));
    if (s.stream().noneMatch(x -> Double.isNaN(x.published()))) {
      m.put(
          "published",
          round(new BinaryScores(s.stream().mapToDouble(Scored::published).toArray(), y).all()));
    }
    return m;
  }

  /**
   * Which way a score is better: "lower" for losses and errors (Brier, log loss, MAE, CRPS),
   * "higher" for ranking scores (AUC, average precision).
   */
  static String better(String score) {
    return switch (score) {
      case "auc", "ap" -> "higher";
      case "brier", "logLoss", "mae", "crps" -> "lower";
      default -> throw new IllegalStateException("no direction known for the score " + score);
    };
  }

  /** A score's name with its direction: "brier (lower is better)". */
  static String named(String score) {
    return score + " (" + better(score) + " is better)";
  }

  /** A period index as people read it: 2024, or 2019-03 for month indices. */
  static String period(int p, String periodKind) {
    return periodKind.equals("month")
        ? String.format(Locale.ROOT, "%04d-%02d", p / 12, p % 12 + 1)
        : Integer.toString(p);
  }

  static void print(BacktestReport r, String periodKind, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%s backtest, horizon %d, model %s: %d origins (%s to %s), %d cases, %.0f %s%n",
        r.target(),
        r.horizon(),
        r.model(),
        r.folds(),
        period(r.firstOrigin(), periodKind),
        period(r.lastOrigin(), periodKind),
        r.cases(),
        r.events(),
        r.counts() ? "incidents" : "events");
    List<String> keys = new ArrayList<>(r.modelScores().keySet());
    out.println("  scores: " + String.join(", ", keys.stream().map(BacktestJson::named).toList()));
    out.printf(Locale.ROOT, "  %-12s", "");
    keys.forEach(k -> out.printf(Locale.ROOT, " %24s", k));
    out.println();
    row(out, "model", r.modelScores(), r.intervals().get("model"), keys);
    r.baselines()
        .forEach(
            (name, scores) -> {
              if (scores != null) {
                row(out, name, scores, r.intervals().get(name), keys);
              }
            });
    out.println("  (95% bootstrap intervals in brackets)");
  }

  private static void row(
      PrintStream out,
      String name,
      Map<String, Double> scores,
      Map<String, Bootstrap.Interval> iv,
      List<String> keys) {
    out.printf(Locale.ROOT, "  %-12s", name);
    for (String k : keys) {
      Bootstrap.Interval i = iv.get(k);
      out.printf(Locale.ROOT, " %8.4f [%6.4f,%6.4f]", scores.get(k), i.low(), i.high());
    }
    out.println();
  }

  static Map<String, Double> round(Map<String, Double> m) {
    Map<String, Double> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, round(v)));
    return out;
  }

  static Double round(double v) {
    if (Double.isNaN(v)) {
      return null;
    }
    return Math.round(v * 1e6) / 1e6;
  }
}
