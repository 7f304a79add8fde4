package org.amity.app.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amity.app.json.ForecastJson;
import org.amity.app.json.ForecastYear;
import org.amity.forecast.store.ForecastStore;

/**
 * {@code amity forecast list} without a target: the stored runs, or one run, in the JSON the API
 * answers ({@link ForecastJson}) or as text.
 */
final class ForecastRuns {
  private ForecastRuns() {}

  static int list(ForecastStore fs, boolean json) {
    List<ForecastStore.Listed> runs = fs.runs();
    if (json) {
      System.out.println(
          Json.write(
              runs.stream()
                  .map(l -> ForecastJson.run(l, fs.evaluation(l.run().runId())))
                  .toList()));
      return 0;
    }
    if (runs.isEmpty()) {
      System.out.println(
          "No stored forecast runs: make one with 'amity forecast train --target ewp --evaluate'.");
      return 0;
    }
    System.out.printf(
        Locale.ROOT,
        "%-44s %-10s %-9s %-10s %6s  %s%n",
        "run",
        "target",
        "model",
        "period",
        "units",
        "stored");
    for (ForecastStore.Listed l : runs) {
      System.out.printf(
          Locale.ROOT,
          "%-44s %-10s %-9s %-10s %6d  %s%s%n",
          l.run().runId(),
          l.run().target(),
          l.run().model(),
          l.period(),
          l.units(),
          l.createdAt(),
          fs.evaluation(l.run().runId()).isPresent() ? "  (evaluated)" : "");
    }
    return 0;
  }

  static int show(ForecastStore fs, String runId, boolean json) {
    ForecastStore.Listed l =
        fs.run(runId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no stored forecast run '" + runId + "': see 'amity forecast list'"));
    var evaluation = fs.evaluation(runId);
    List<ForecastStore.UnitForecast> rows = fs.forecasts(runId);
    ForecastYear.Published published = ForecastYear.published(l.run());
    if (json) {
      System.out.println(Json.write(ForecastJson.detail(l, evaluation, rows, published)));
      return 0;
    }
    Map<String, Object> m = ForecastJson.run(l, evaluation);
    System.out.println(m.get("title") + ": " + m.get("meaning"));
    System.out.printf(
        Locale.ROOT,
        "run %s, model %s, data to %s, calibration %s%n",
        runId,
        l.run().model(),
        m.get("origin"),
        ((Map<?, ?>) m.get("calibration")).get("method"));
    evaluation.ifPresentOrElse(
        e -> {
          System.out.printf(
              Locale.ROOT,
              "out of time (origins %s to %s): %s%n",
              ForecastJson.period(e.firstOrigin(), l.run().periodKind()),
              ForecastJson.period(e.lastOrigin(), l.run().periodKind()),
              casesAndBaseRate(e, l.run().valueKind()));
          System.out.println(
              "  scores (brier, logLoss, mae, crps: lower is better; auc, ap: higher is better):");
          e.scores()
              .forEach((who, s) -> System.out.printf(Locale.ROOT, "  %-14s %s%n", who, scores(s)));
          if (!e.reliability().isEmpty()) {
            System.out.println(
                "  reliability (forecaster, bin, cases, mean forecast, observed rate):");
          }
          for (ForecastStore.Reliability b : e.reliability()) {
            System.out.printf(
                Locale.ROOT,
                "  %-10s [%.3f, %.3f) %6d  %8s  %8s%n",
                b.forecaster(),
                b.low(),
                b.high(),
                b.cases(),
                fourPlaces(b.meanForecast()),
                fourPlaces(b.observedRate()));
          }
        },
        () -> System.out.println("not evaluated (train with --evaluate to keep its track record)"));
    ForecastListCommand.printTable(rows, published.ranking(), evaluation, null);
    if (published.missing() != null) {
      System.out.println(published.missing());
    }
    return 0;
  }

  /**
   * "29,665 cases, 2,391 with the event (base rate 0.08060)", or for counts "717 cases, 983
   * incidents (1.371 per case on average)".
   */
  static String casesAndBaseRate(ForecastStore.Evaluation e, String valueKind) {
    String rate = sig4(ForecastJson.baseRate(e));
    return valueKind.equals("count")
        ? String.format(
            Locale.ROOT,
            "%,d cases, %,.0f incidents (%s per case on average)",
            e.cases(),
            e.events(),
            rate)
        : String.format(
            Locale.ROOT,
            "%,d cases, %,.0f with the event (base rate %s)",
            e.cases(),
            e.events(),
            rate);
  }

  /** "brier 0.06090 auc 0.8197": each score to four significant digits, "-" when undefined. */
  static String scores(Map<String, Double> s) {
    StringBuilder b = new StringBuilder();
    s.forEach(
        (k, v) -> b.append(b.length() == 0 ? "" : "  ").append(k).append(' ').append(sig4(v)));
    return b.toString();
  }

  /** Four significant digits, never in exponent form; "-" for NaN or null. */
  static String sig4(Double v) {
    if (v == null || v.isNaN() || v.isInfinite()) {
      return "-";
    }
    return new BigDecimal(v).round(new MathContext(4, RoundingMode.HALF_EVEN)).toPlainString();
  }

  /** 0.0307 to four places; "–" for an empty bin's undefined mean or rate, never "NaN". */
  private static String fourPlaces(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.4f", v);
  }
}
