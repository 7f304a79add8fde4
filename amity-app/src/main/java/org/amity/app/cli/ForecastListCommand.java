package org.amity.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.amity.app.json.ForecastJson;
import org.amity.app.json.ForecastYear;
import org.amity.forecast.Asean;
import org.amity.forecast.ForecastMeaning;
import org.amity.forecast.ewp.EwpRanking;
import org.amity.forecast.store.ForecastStore;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code amity forecast list}: the stored runs (as {@code GET /api/v1/forecasts}), one run (as
 * {@code GET /api/v1/forecasts/{runId}}), or the latest risk ranking of a target for a year.
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "Without options: the stored forecast runs, newest first, with their scores out of time.",
      "With --run: one run's forecasts and reliability table. With --target and --year: the"
          + " latest stored forecasts of a target for periods starting in that year (of one"
          + " horizon with --horizon), highest risk first, with their 90%% intervals. Beside ewp"
          + " forecasts stands EWP's published rank of the same years, when its file is in the"
          + " shared data."
    })
final class ForecastListCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--target", description = "ewp, ucdp, ucdp-war, piracy, escalation, deaths.")
  String target;

  @Option(names = "--year", description = "Year the forecast periods start in (with --target).")
  Integer year;

  @Option(
      names = "--horizon",
      paramLabel = "N",
      description =
          "With --target and --year: the newest run of this horizon (years, or months for monthly"
              + " targets). Without it the newest run of any horizon is shown, and the listing"
              + " says when runs of another horizon are stored too.")
  Integer horizon;

  @Option(names = "--run", paramLabel = "RUN_ID", description = "One stored run, in full.")
  String runId;

  @Option(names = "--asean", description = "Only ASEAN members.")
  boolean asean;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Override
  public Integer call() {
    if ((target == null) != (year == null)) {
      throw new IllegalArgumentException("--target and --year go together");
    }
    if (horizon != null && target == null) {
      throw new IllegalArgumentException("--horizon goes with --target and --year");
    }
    if (target != null && runId != null) {
      throw new IllegalArgumentException("give either --run or --target with --year");
    }
    try (Storage s = store.open()) {
      ForecastStore fs = s.forecasts();
      if (target == null) {
        return runId == null ? ForecastRuns.list(fs, json) : ForecastRuns.show(fs, runId, json);
      }
      ForecastYear.Choice choice =
          ForecastYear.choose(fs, target, year, horizon)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no stored "
                              + target
                              + " forecasts for "
                              + year
                              + ": run 'amity forecast train --target "
                              + target
                              + "' first"));
      if (choice.run() == null) {
        throw new IllegalStateException(
            "no stored "
                + target
                + " forecasts for "
                + year
                + " of horizon "
                + horizon
                + "; stored horizons: "
                + choice.otherHorizons());
      }
      ForecastStore.Run run = choice.run();
      String other = choice.otherNote(target, year, "add --horizon ");
      ForecastYear.Published published = ForecastYear.published(run);
      List<ForecastStore.UnitForecast> rows = new ArrayList<>(fs.list(run.runId(), year));
      if (asean) {
        rows.removeIf(r -> !Asean.member(r.unit()));
      }
      String meaning =
          rows.isEmpty()
              ? null
              : ForecastMeaning.of(
                  run.target(), rows.get(0).period(), ForecastJson.caveat(run.provenanceJson()));
      Optional<ForecastStore.Evaluation> evaluation = fs.evaluation(run.runId());
      if (json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("target", target);
        out.put("year", year);
        out.put("runId", run.runId());
        out.put("model", run.model());
        out.put("origin", ForecastOptions.periodText(run.periodKind(), run.origin()));
        out.put("valueKind", run.valueKind());
        out.put("forecasts", rows(rows, published.ranking(), evaluation));
        out.put("horizon", run.horizon());
        out.put("otherHorizons", choice.otherHorizons());
        out.put("otherHorizonsNote", other);
        out.put("published", published.json());
        out.put("publishedMissing", published.missing());
        out.put("title", ForecastMeaning.title(run.target()));
        out.put("meaning", meaning);
        out.put(
            "baseRate",
            evaluation.map(e -> BacktestJson.round(ForecastJson.baseRate(e))).orElse(null));
        System.out.println(Json.write(out));
      } else {
        System.out.printf(
            Locale.ROOT,
            "%s forecasts of run %s (%s, %s)%n",
            target,
            run.runId(),
            run.valueKind(),
            ForecastYear.horizonWords(run));
        if (other != null) {
          System.out.println(other);
        }
        if (meaning != null) {
          System.out.println(ForecastMeaning.title(run.target()) + ": " + meaning);
        }
        System.out.println(
            evaluation
                .map(
                    e ->
                        String.format(
                            Locale.ROOT,
                            "out of time (origins %s to %s): %s",
                            ForecastJson.period(e.firstOrigin(), run.periodKind()),
                            ForecastJson.period(e.lastOrigin(), run.periodKind()),
                            ForecastRuns.casesAndBaseRate(e, run.valueKind())))
                .orElse("not evaluated (train with --evaluate to keep its track record)"));
        printTable(rows, published.ranking(), evaluation, null);
        if (published.missing() != null) {
          System.out.println(published.missing());
        }
      }
      return 0;
    }
  }

  /** The forecasts as JSON rows, as {@link ForecastJson#units}. */
  static List<Map<String, Object>> rows(
      List<ForecastStore.UnitForecast> rows,
      EwpRanking published,
      Optional<ForecastStore.Evaluation> evaluation) {
    return ForecastJson.units(rows, published, evaluation);
  }

  /**
   * The forecasts as a text table; beside each unit EWP's published rank and risk when {@code
   * published} covers the same years as the forecast, under a header naming those years and a note
   * naming EWP's column.
   */
  static void printTable(
      List<ForecastStore.UnitForecast> rows,
      EwpRanking published,
      Optional<ForecastStore.Evaluation> evaluation,
      String title) {
    if (title != null) {
      System.out.println(title + ":");
    }
    boolean past =
        !rows.isEmpty() && ForecastJson.pastInWords(evaluation, rows.get(0).value()) != null;
    boolean ewp = rows.stream().anyMatch(r -> published.entry(r.unit(), r.period()) != null);
    String ewpHeader = ewp ? "  EWP rank, " + published.period() : "";
    int ewpWidth = ewp ? Math.max(15, ewpHeader.length()) : 0;
    System.out.printf(
        Locale.ROOT,
        "  %4s  %-32s %-10s %9s  %-21s%s%s%n",
        "rank",
        "unit",
        "period",
        "value",
        "90% interval",
        pad(ewpHeader, ewpWidth),
        past ? "  past forecasts at this level" : "");
    for (ForecastStore.UnitForecast r : rows) {
      EwpRanking.Entry e = published.entry(r.unit(), r.period());
      String then = ForecastJson.pastInWords(evaluation, r.value());
      System.out.printf(
          Locale.ROOT,
          "  %4d  %-32s %-10s %9.4f  [%8.4f, %8.4f]%s%s%n",
          r.rank(),
          r.name(),
          r.period(),
          r.value(),
          r.low(),
          r.high(),
          pad(
              e == null ? "" : String.format(Locale.ROOT, "  %4d (%.4f)", e.rank(), e.risk()),
              ewpWidth),
          past && then != null ? "  " + then : "");
    }
    if (ewp) {
      System.out.printf(
          Locale.ROOT,
          "EWP rank, %s: the Early Warning Project's published risk of an onset in %s (%s, like"
              + " these forecasts; %s of %s) and its rank of %d countries%n",
          published.period(),
          published.period().replace("-", " or "),
          published.span(),
          published.riskColumn(),
          EwpRanking.FILE,
          published.entries().size());
    }
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
