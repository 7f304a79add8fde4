package org.amity.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.amity.forecast.ForecastSetup;
import org.amity.forecast.backtest.Panel;
import org.amity.storage.Storage;

/**
 * The demo's forecast: when the shared research data are present, the mass-killing forecast for the
 * year after the data's last year, Platt-calibrated, stored with its track record (the
 * rolling-origin backtest of the same settings), so the dashboard's Forecasts page has a run to
 * show. Without the data the demo says how to make one later.
 */
final class DemoForecast {
  /** Bootstrap refits for the demo's intervals: few, to keep the demo quick. */
  static final int RESAMPLES = 10;

  private DemoForecast() {}

  static void store(Storage store, Path dataDir, PrintStream err) {
    Path ewp = dataDir.resolve("ewp-statrisk-2025");
    if (!Files.isDirectory(ewp)) {
      err.printf(
          Locale.ROOT,
          "Forecasts: no shared data at %s (set AMITY_TESTDATA), so no forecast is stored; later:"
              + " amity forecast train --target ewp --evaluate --db FILE%n",
          dataDir);
      return;
    }
    try {
      err.printf(
          Locale.ROOT,
          "Forecasts: training the mass-killing forecast with its out-of-time track record (a"
              + " minute or more)...%n");
      ForecastSetup setup = new ForecastSetup("ewp", "logit", 1, null, dataDir);
      Panel panel = setup.panel();
      ForecastTrainCommand.Trained t =
          ForecastTrainCommand.train(setup, panel, 90035, RESAMPLES, "platt", true, true);
      t.saveTo(store);
      System.out.printf(
          Locale.ROOT,
          "%nForecast stored: run %s (%d countries; Forecasts page of the dashboard)%n",
          t.run().runId(),
          t.rows().size());
    } catch (Exception e) {
      err.printf(
          Locale.ROOT,
          "Forecasts: could not make the demo forecast (%s); the rest of the demo is unaffected%n",
          e.getMessage());
    }
  }
}
