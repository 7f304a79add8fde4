package org.amity.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.amity.simulate.AlertRecord;
import org.amity.simulate.DetectionEvaluator;
import org.amity.simulate.Evaluation;
import org.amity.simulate.StoredAlerts;
import org.amity.simulate.Truth;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity evaluate --truth truth.json}: scores the stored alerts against a simulated run. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Score the alerts in the store against the truth of a simulated run: recall, precision,"
            + " median lead before the peak, false alerts per country-year, alerts on decoys.")
final class EvaluateCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--truth", required = true, paramLabel = "FILE", description = "truth.json.")
  Path truthFile;

  @Option(
      names = "--min-level",
      defaultValue = "watch",
      paramLabel = "LEVEL",
      description = "Count alerts whose peak level is at least this (watch, warning, alert).")
  String minLevel;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    Truth truth = Truth.read(truthFile);
    List<AlertRecord> alerts;
    try (Storage s = store.open()) {
      alerts = StoredAlerts.read(s.signals());
    }
    Evaluation ev = DetectionEvaluator.evaluate(truth, alerts, minLevel);
    if (json) {
      System.out.println(Json.write(ev));
      return 0;
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "episodes %d, detected %d, recall %s, precision %s, median lead %s days,"
            + " false alerts per country-year %.3f%n",
        ev.episodes(),
        ev.detected(),
        text(ev.recall()),
        text(ev.precision()),
        text(ev.medianLeadDays()),
        ev.falseAlertsPerCountryYear());
    System.out.printf(
        java.util.Locale.ROOT,
        "alerts %d (>= %s): %d related, %d false, %d on decoys (%d with a 7-day echo)%n",
        ev.alerts(),
        ev.minLevel(),
        ev.relatedAlerts(),
        ev.falseAlerts(),
        ev.decoyAlerts(),
        ev.decoyAlertsWithEcho());
    for (Evaluation.EpisodeResult r : ev.detail()) {
      System.out.printf(
          java.util.Locale.ROOT,
          "  %-4s %-17s %-9s %-8s peak %s  %s%n",
          r.id(),
          r.type(),
          String.join("-", r.parties()),
          r.strength(),
          r.peak(),
          r.detected() ? "lead " + r.leadDays() + " d: " + r.firstAlert() : "missed");
    }
    return 0;
  }

  private static String text(Double v) {
    return v == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", v);
  }
}
