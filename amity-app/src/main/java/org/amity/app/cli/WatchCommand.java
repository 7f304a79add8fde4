package org.amity.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectorConfig;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity watch}: indicators, alerts and situations for what is stored. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description =
        "Compute indicators, escalation alerts and situations for what is stored (incremental:"
            + " only what new ingests touched).")
final class WatchCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Detector settings (default: the commented detectors.properties shipped).")
  Path config;

  @Option(names = "--full", description = "Recompute everything, not only what is new.")
  boolean full;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar (it shows only on a terminal, and never with --json).")
  boolean quiet;

  @Override
  public Integer call() {
    DetectorConfig cfg = config == null ? DetectorConfig.standard() : DetectorConfig.load(config);
    try (Storage s = store.open();
        StepProgress bar = StepProgress.of(full ? "watch --full" : "watch", quiet, json)) {
      WatchJob.Report r =
          new WatchJob(s.watch(), cfg, WatchJob.Options.standard()).withProgress(bar).run(full);
      bar.close();
      var round = WatchNotifications.round(s);
      int recorded = round.record();
      var delivered = round.deliver();
      print(r, json);
      String said = WatchNotifications.sentence(recorded, delivered);
      if (!said.isEmpty()) {
        (json ? System.err : System.out).println(said);
      }
      return 0;
    }
  }

  static void print(WatchJob.Report r, boolean json) {
    if (json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("full", r.full());
      out.put("newIngests", r.newIngests());
      out.put("affectedDays", r.affectedDays());
      out.put("seriesScored", r.seriesScored());
      out.put("alertsFound", r.alertsFound());
      out.put("openAlerts", r.openAlerts());
      out.put("openSituations", r.openSituations());
      out.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
      out.put("redescribed", r.redescribed());
      System.out.println(Json.write(out));
    } else {
      System.out.printf(
          Locale.ROOT,
          "watched %d new ingest(s), %,d day(s) recomputed, %d series scored: %d alert run(s),"
              + " %d open alert(s), %d open situation(s) (%.2f s)%n",
          r.newIngests(),
          r.affectedDays(),
          r.seriesScored(),
          r.alertsFound(),
          r.openAlerts(),
          r.openSituations(),
          r.seconds());
      if (r.redescribed()) {
        System.out.println(REDESCRIBED);
      }
    }
  }

  /** What a watch says when it described every alert again ({@link WatchJob.Report}). */
  static final String REDESCRIBED =
      "every alert's evidence, threat types and great-power shares were worked out again: they had"
          + " been worked out by other rules (an earlier version or other settings)";
}
