package org.amity.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.amity.app.json.ForecastYear;
import org.amity.forecast.Asean;
import org.amity.forecast.ForecastMeaning;
import org.amity.forecast.ForecastSetup;
import org.amity.forecast.LiveCalibration;
import org.amity.forecast.LiveForecast;
import org.amity.forecast.Provenance;
import org.amity.forecast.backtest.CaseModel;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.calibrate.PlattScaling;
import org.amity.forecast.ewp.EwpRanking;
import org.amity.forecast.store.ForecastStore;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity forecast train}: forecasts from the latest data, stored for the dashboard. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Train on every period with a known outcome, forecast the next period(s) from the latest"
            + " data, with bootstrap intervals, and store the ranked forecasts.")
final class ForecastTrainCommand implements Callable<Integer> {
  @Mixin ForecastOptions options;
  @Mixin StoreOptions store;

  @Option(
      names = "--resamples",
      defaultValue = "20",
      description =
          "Bootstrap refits for each forecast's 90%% interval (default ${DEFAULT-VALUE}).")
  int resamples;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Option(
      names = "--calibrate",
      defaultValue = "platt",
      paramLabel = "METHOD",
      description =
          "Event targets: platt (default: the forecasts recalibrated, intercept and slope on the"
              + " log-odds, on the out-of-time forecasts of earlier origins whose outcomes are"
              + " known, as in the backtest), shift (the intercept only), stable (Platt's map kept"
              + " until 10 new events are known, so it moves slowly), recent (Platt on the last ten"
              + " origins only, the live Platt rule's window), fixed (the backtest's own map: Platt fitted once at"
              + " the target's first scored backtest origin on the warm-up forecasts, held), anchored"
              + " (that map's slope held, the intercept refitted at the live origin on every"
              + " out-of-time forecast known there since the warm-up: a backtest's worth of fits) or"
              + " none.")
  String calibrate;

  @Option(
      names = "--evaluate",
      description =
          "Also backtest the same target, model, calibration and seed over the rolling origin and"
              + " store its scores and reliability table with the run (the dashboard's forecast"
              + " view shows them). Takes about as long as 'forecast backtest'.")
  boolean evaluate;

  @Override
  public Integer call() throws Exception {
    if (resamples < 0) {
      throw new IllegalArgumentException("--resamples must be 0 or more");
    }
    ForecastSetup setup = options.setup();
    Panel panel = options.panel(setup, store);
    Trained t = train(setup, panel, options.seed, resamples, calibrate, evaluate, json);
    try (Storage s = store.open()) {
      t.saveTo(s);
    }
    String runId = t.run().runId();
    List<ForecastStore.UnitForecast> rows = t.rows();
    Map<String, Object> prov = t.provenance();
    ForecastStore.Evaluation evaluation = t.evaluation();
    int origin = panel.lastPeriod();
    // EWP's ranking of the same years as the stored forecasts: the run's horizon is the scored
    // outcome's when calibrated, EWP's two-year label's when the raw model is kept
    Path ewpFile = setup.dataDir().resolve(ForecastYear.EWP_FILE);
    EwpRanking published =
        ForecastYear.published(t.run(), Files.exists(ewpFile) ? ewpFile : null).ranking();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("runId", runId);
    out.put("target", panel.target());
    out.put("model", t.run().model());
    out.put("origin", ForecastOptions.periodText(panel.periodKind(), origin));
    out.put("period", rows.isEmpty() ? null : rows.get(0).period());
    out.put("forecasts", rows.size());
    out.put(
        "top",
        ForecastListCommand.rows(
            rows.subList(0, Math.min(10, rows.size())),
            published,
            Optional.ofNullable(evaluation)));
    List<ForecastStore.UnitForecast> asean = new ArrayList<>();
    rows.stream().filter(r -> Asean.member(r.unit())).forEach(asean::add);
    out.put("asean", ForecastListCommand.rows(asean, published, Optional.ofNullable(evaluation)));
    out.put("provenance", prov);
    out.put(
        "evaluation",
        evaluation == null
            ? null
            : Map.of(
                "cases", evaluation.cases(),
                "events", evaluation.events(),
                "scores", evaluation.scores()));
    if (json) {
      System.out.println(Json.write(out));
    } else {
      System.out.printf(
          Locale.ROOT,
          "stored run %s: %d forecasts for %s in %s%n",
          runId,
          rows.size(),
          out.get("period"),
          store.path());
      if (!rows.isEmpty()) {
        Object caveat = prov.get(Panel.CAVEAT);
        System.out.println(
            ForecastMeaning.of(
                t.run().target(), rows.get(0).period(), caveat == null ? null : caveat.toString()));
      }
      if (asean.isEmpty()) {
        // units that are not countries (provinces, sea areas, dyads): the highest forecasts
        ForecastListCommand.printTable(
            rows.subList(0, Math.min(10, rows.size())),
            published,
            Optional.ofNullable(evaluation),
            "Highest");
      } else {
        ForecastListCommand.printTable(
            asean, published, Optional.ofNullable(evaluation), "ASEAN members");
      }
    }
    return 0;
  }

  /** A trained run ready to store: the run, its forecasts, provenance and evaluation (or null). */
  record Trained(
      ForecastStore.Run run,
      List<ForecastStore.UnitForecast> rows,
      Map<String, Object> provenance,
      ForecastStore.Evaluation evaluation) {
    void saveTo(Storage s) {
      s.forecasts().save(run, rows);
      if (evaluation != null) {
        s.forecasts().saveEvaluation(run.runId(), evaluation);
      }
    }
  }

  /**
   * Trains on every case with a known label, forecasts the panel's last period (calibrated as
   * asked) and, with {@code evaluate}, backtests the same settings for the run's track record.
   */
  static Trained train(
      ForecastSetup setup,
      Panel panel,
      long seed,
      int resamples,
      String calibrate,
      boolean evaluate,
      boolean json)
      throws Exception {
    CaseModel model = setup.caseModel();
    PlattScaling calibration = LiveCalibration.fit(panel, model, seed, calibrate, setup.counts());
    List<ForecastStore.UnitForecast> rows =
        calibrated(
            LiveForecast.make(panel, model, seed, resamples),
            calibration,
            LiveForecast.outcomeLabel(panel, panel.lastPeriod()));
    Map<String, Object> prov = Provenance.of(panel, model, seed, ForecastOptions.codeVersion());
    prov.put("resamples", resamples);
    prov.put("calibrator", setup.counts() ? "none" : calibrate);
    prov.put("calibration", Map.of("a", calibration.a(), "b", calibration.b()));
    int origin = panel.lastPeriod();
    String runId =
        panel.target()
            + "-"
            + model.name()
            + "-"
            + ForecastOptions.periodText(panel.periodKind(), origin)
            + "-"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    boolean mapped = !calibration.equals(PlattScaling.IDENTITY);
    ForecastStore.Run run =
        new ForecastStore.Run(
            runId,
            panel.target(),
            model.name(),
            origin,
            mapped ? panel.horizon() : panel.trainLag(),
            panel.periodKind(),
            setup.counts() ? "count" : "probability",
            Json.write(prov));
    ForecastStore.Evaluation evaluation =
        evaluate ? ForecastEvaluate.backtest(setup, panel, model, seed, calibrate, json) : null;
    return new Trained(run, rows, prov, evaluation);
  }

  /**
   * The forecasts mapped through the calibration (a monotone map, so the interval's ends map to the
   * calibrated interval's and the ranking is unchanged). Calibrated forecasts are probabilities of
   * the scored outcome, so they are about {@code outcomePeriod}.
   */
  static List<ForecastStore.UnitForecast> calibrated(
      List<ForecastStore.UnitForecast> rows, PlattScaling map, String outcomePeriod) {
    if (map.equals(PlattScaling.IDENTITY)) {
      return rows;
    }
    List<ForecastStore.UnitForecast> out = new ArrayList<>();
    for (ForecastStore.UnitForecast r : rows) {
      double a = Double.isNaN(r.low()) ? r.low() : map.apply(r.low());
      double b = Double.isNaN(r.high()) ? r.high() : map.apply(r.high());
      out.add(
          new ForecastStore.UnitForecast(
              r.unit(),
              r.name(),
              outcomePeriod,
              r.periodYear(),
              map.apply(r.value()),
              Double.isNaN(a) ? a : Math.min(a, b),
              Double.isNaN(b) ? b : Math.max(a, b),
              r.rank()));
    }
    return out;
  }
}
