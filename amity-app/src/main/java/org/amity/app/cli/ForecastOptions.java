package org.amity.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.amity.forecast.ForecastSetup;
import picocli.CommandLine.Option;

/** Options shared by the forecast subcommands: what to forecast, with which model, from where. */
final class ForecastOptions {
  @Option(
      names = "--target",
      required = true,
      paramLabel = "TARGET",
      description =
          "ewp (mass-killing onset), ucdp (armed conflict), piracy (incident counts),"
              + " escalation (ICEWS dyads), deaths (anyone killed next month in a province, from"
              + " UCDP GED).")
  String target;

  @Option(
      names = "--model",
      defaultValue = "logit",
      paramLabel = "MODEL",
      description =
          "logit (elastic-net logistic; Poisson regression for counts), gbt"
              + " (gradient-boosted trees), ensemble (events: the mean of the two"
              + " probabilities) or offset (ewp and ucdp with --features rates: the logit"
              + " with the world's onset rate of the ten years before as an offset, coefficient"
              + " fixed at 1, and without the time trend). Default: ${DEFAULT-VALUE}.")
  String model;

  @Option(
      names = "--horizon",
      defaultValue = "1",
      description = "Periods ahead: 1 or 2 years for ewp and ucdp, 1 month otherwise.")
  int horizon;

  @Option(
      names = "--variant",
      paramLabel = "NAME",
      description =
          "ucdp: onset (default) or war; ewp: ewp-label (default, EWP's two-year label)"
              + " or horizon-label; piracy: imb (default) or asam; deaths: ged.")
  String variant;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Shared data folder (default: $AMITY_TESTDATA, else ../shared/data).")
  Path data;

  @Option(names = "--seed", defaultValue = "90035", description = "Random seed.")
  long seed;

  @Option(
      names = "--from-store",
      description =
          "Read the store instead of the shared files: piracy counts its piracy events (amity"
              + " ingest piracy; --variant imb, asam or merged), escalation its imported dyad-month"
              + " series (amity ingest series), deaths its UCDP GED events (amity ingest"
              + " ucdp-ged).")
  boolean fromStore;

  @Option(
      names = "--train-window",
      defaultValue = "0",
      paramLabel = "YEARS",
      description =
          "Train each origin's model only on the last YEARS years of cases whose labels are"
              + " known there (a fixed-length window; a window longer than the history is the"
              + " expanding one). Default 0: every such case (expanding window).")
  int trainWindow;

  @Option(
      names = "--features",
      defaultValue = "base",
      paramLabel = "SET",
      description =
          "ewp and ucdp: base (the published predictors; ucdp adds the conflict history) or rates"
              + " (those plus the world's and the region's onset rates over the years before and"
              + " the country's recent onsets). Default: ${DEFAULT-VALUE}.")
  String features;

  /**
   * The target's panel: from the shared files, or (piracy --from-store) from the store, with the
   * training window asked for (years; months for monthly targets are twelve times as many).
   */
  org.amity.forecast.backtest.Panel panel(ForecastSetup setup, StoreOptions store)
      throws java.io.IOException {
    if (trainWindow < 0) {
      throw new IllegalArgumentException(
          "--train-window must be 0 (expanding) or a number of years, not " + trainWindow);
    }
    org.amity.forecast.backtest.Panel p;
    org.amity.forecast.rates.FeatureSet set = org.amity.forecast.rates.FeatureSet.named(features);
    if (!fromStore) {
      p = setup.panel(set);
    } else {
      if (set != org.amity.forecast.rates.FeatureSet.BASE) {
        throw new IllegalArgumentException("--features " + features + " is not for --from-store");
      }
      try (org.amity.storage.Storage s = store.open()) {
        p =
            setup.panelFromStore(
                s.piracyMonths(),
                s.dyadMonthImports(),
                s.gedMonthDeaths(),
                store.path().toString());
      }
    }
    return p.withTrainWindow(p.periodKind().equals("month") ? trainWindow * 12 : trainWindow);
  }

  ForecastSetup setup() {
    return new ForecastSetup(target, model, horizon, variant, dataDir());
  }

  Path dataDir() {
    return data != null ? data : SharedData.folder();
  }

  /** The code version for provenance: git commit of the working copy, else the jar's version. */
  static String codeVersion() {
    try {
      Process p =
          new ProcessBuilder("git", "describe", "--always", "--dirty", "--abbrev=12")
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes()).strip();
      if (p.waitFor() == 0 && !out.isEmpty()) {
        return "git " + out;
      }
    } catch (java.io.IOException e) {
      // no git here: fall back to the jar's version below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new Version().getVersion()[0];
  }

  /**
   * A period index as people write it: "2019-03" for a month (index = year * 12 + month - 1), the
   * year itself otherwise; never the internal index.
   */
  static String periodText(String periodKind, int period) {
    return "month".equals(periodKind)
        ? String.format(Locale.ROOT, "%04d-%02d", period / 12, period % 12 + 1)
        : Integer.toString(period);
  }
}
