package org.amity.app.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.forecast.ForecastSetup;
import org.amity.forecast.Provenance;
import org.amity.forecast.backtest.Backtest;
import org.amity.forecast.backtest.BacktestReport;
import org.amity.forecast.backtest.CaseModel;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.score.Bootstrap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity forecast backtest|train|list}. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = "Forecast with honest out-of-time backtests against naive baselines.",
    subcommands = {
      ForecastCommand.BacktestCommand.class,
      ForecastTrainCommand.class,
      ForecastListCommand.class
    })
final class ForecastCommand {

  @Command(
      name = "backtest",
      mixinStandardHelpOptions = true,
      description =
          "Rolling-origin backtest: train on periods before each origin, forecast it, and score"
              + " the model next to no-change, base-rate (and published) forecasts on the same"
              + " cases.")
  static final class BacktestCommand implements Callable<Integer> {
    @Mixin ForecastOptions options;
    @Mixin StoreOptions store;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(
        names = {"-q", "--quiet"},
        description = "No progress bar (it shows only on a terminal, and never with --json).")
    boolean quiet;

    @Option(
        names = "--detail",
        description = "Add bootstrap intervals, the calibration table and an ASEAN view.")
    boolean detail;

    @Option(
        names = "--bootstrap",
        defaultValue = "1000",
        description = "Bootstrap resamples for intervals (default ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(
        names = "--calibrate",
        defaultValue = "platt",
        paramLabel = "METHOD",
        description =
            "Event targets: platt (default: each origin's forecasts recalibrated, intercept and"
                + " slope on the log-odds, on the earlier out-of-time forecasts whose outcomes were"
                + " known), shift (the intercept only), stable (Platt's map kept"
                + " until 10 new events are known, so it moves slowly), recent (Platt on the last ten"
                + " origins only, the live Platt rule's window), fixed (Platt fitted once at the first scored"
                + " origin on the warm-up origins' forecasts, then held for every origin), anchored"
                + " (that map's slope held, the intercept refitted at every origin on every earlier"
                + " out-of-time forecast whose outcome is known) or none.")
    String calibrate;

    @Option(
        names = "--first-origin",
        paramLabel = "PERIOD",
        description =
            "First origin to backtest (a year, or yyyy-mm for monthly targets); default: the"
                + " target's own (enough history before it).")
    String firstOrigin;

    @Override
    public Integer call() throws Exception {
      if (bootstrap < 1) {
        throw new IllegalArgumentException("--bootstrap must be at least 1");
      }
      if (!Backtest.CALIBRATORS.contains(calibrate)) {
        throw new IllegalArgumentException(
            "--calibrate must be one of " + Backtest.CALIBRATORS + ", not '" + calibrate + "'");
      }
      ForecastSetup setup = options.setup();
      Panel panel = options.panel(setup, store);
      CaseModel model = setup.caseModel();
      BacktestReport r;
      try (StepProgress bar = StepProgress.of("backtest origins", quiet, json)) {
        r =
            new Backtest(new Bootstrap(bootstrap, options.seed))
                .withProgress(bar)
                .run(
                    panel,
                    model,
                    options.seed,
                    firstOrigin == null ? panel.firstOrigin() : origin(firstOrigin, panel),
                    panel.lastScorableOrigin(),
                    setup.counts(),
                    calibrate);
      }
      Map<String, Object> provenance =
          Provenance.of(panel, model, options.seed, ForecastOptions.codeVersion());
      Map<String, Object> out = BacktestJson.of(r, panel.periodKind(), provenance, detail);
      if (json) {
        System.out.println(Json.write(out));
      } else {
        BacktestJson.print(r, panel.periodKind(), System.out);
      }
      return 0;
    }

    private static int origin(String text, Panel panel) {
      try {
        if (panel.periodKind().equals("month")) {
          java.time.YearMonth m = java.time.YearMonth.parse(text);
          return m.getYear() * 12 + m.getMonthValue() - 1;
        }
        return Integer.parseInt(text);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "--first-origin '"
                + text
                + "' is not a "
                + (panel.periodKind().equals("month") ? "yyyy-mm month" : "year"));
      }
    }
  }
}
