package org.amity.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--truth", paramLabel = "FILE", description = "truth.json.")
  Path truthFile;

  @Option(
      names = "--seeds",
      paramLabel = "A-B",
      description =
          "Instead of --truth: simulate, ingest, watch and score every seed from A to B (or one"
              + " seed A) in a scratch store, and report each seed and the spread over them.")
  String seeds;

  @Option(
      names = "--days",
      defaultValue = "365",
      description = "With --seeds: days per simulated run (default ${DEFAULT-VALUE}).")
  int days;

  /** The first scored day of a seed sweep when --start is not given. */
  static final java.time.LocalDate DEFAULT_START = java.time.LocalDate.of(2025, 1, 1);

  @Option(
      names = "--start",
      paramLabel = "DATE",
      description = "With --seeds: first scored day (default 2025-01-01).")
  java.time.LocalDate start;

  @Option(
      names = "--history",
      defaultValue = "0",
      paramLabel = "DAYS",
      description =
          "With --seeds: simulate DAYS of history before --start that the detectors read but the"
              + " score leaves out, as a watch in use always has years of news behind it (365: the"
              + " long-level lenses, which need a year, can speak). Episodes of the history and"
              + " the alerts about them alone are neither detections nor false alerts. Default"
              + " ${DEFAULT-VALUE}: each run starts cold.")
  int history;

  @Option(
      names = "--score-from",
      paramLabel = "DATE",
      description =
          "With --truth: score only from DATE on (the days before are history): episodes that"
              + " start on or after it and alerts opened on or after it that are not about an"
              + " earlier episode alone.")
  java.time.LocalDate scoreFrom;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "With --seeds: detector settings (default: the shipped detectors.properties).")
  Path config;

  @Option(
      names = "--min-level",
      defaultValue = "watch",
      paramLabel = "LEVEL",
      description = "Count alerts whose peak level is at least this (watch, warning, alert).")
  String minLevel;

  @Option(
      names = "--engine",
      defaultValue = "store",
      paramLabel = "ENGINE",
      description =
          "With --seeds: 'store' ingests every run into a scratch store and runs watch --full;"
              + " 'plain' computes the daily table and the alerts with the plain Java functions"
              + " (the same alerts as 'store', held equal by a test, several times faster; the"
              + " Flink job runs them too)."
              + " Default ${DEFAULT-VALUE}.")
  String engine;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws java.io.IOException {
    if ((truthFile == null) == (seeds == null)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give either --truth FILE or --seeds A-B");
    }
    if (seeds != null) {
      return sweep();
    }
    if (history != 0 || start != null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--history and --start go with --seeds; with --truth use --score-from");
    }
    Truth truth = Truth.read(truthFile);
    List<AlertRecord> alerts;
    try (Storage s = store.open()) {
      alerts = StoredAlerts.read(s.signals());
    }
    Evaluation ev = DetectionEvaluator.evaluateFrom(truth, alerts, minLevel, scoreFrom);
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

  private int sweep() throws java.io.IOException {
    List<Long> range = SeedRange.parse(seeds);
    if (days < org.amity.simulate.SimulationSettings.MIN_DAYS) {
      throw new IllegalArgumentException(
          "--days must be at least " + org.amity.simulate.SimulationSettings.MIN_DAYS);
    }
    if (history < 0 || history + days > 3660) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--history must be 0 or more, with --history plus --days at most 3660, not " + history);
    }
    if (scoreFrom != null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--score-from goes with --truth; with --seeds use --history");
    }
    org.amity.signal.DetectorConfig cfg =
        config == null
            ? org.amity.signal.DetectorConfig.standard()
            : org.amity.signal.DetectorConfig.load(config);
    if (!engine.equals("store") && !engine.equals("plain")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--engine must be store or plain, not '" + engine + "'");
    }
    boolean plain = engine.equals("plain");
    java.time.LocalDate firstDay = start == null ? DEFAULT_START : start;
    SeedSweep sweep = new SeedSweep(days, history, firstDay, cfg, minLevel, plain);
    List<Evaluation> evals = new java.util.ArrayList<>();
    String[] steps =
        plain
            ? new String[] {"", "simulating", "reading the daily table", "detecting"}
            : new String[] {"", "simulating", "ingesting", "watching"};
    for (int i = 0; i < range.size(); i++) {
      long seed = range.get(i);
      int k = i + 1;
      Evaluation ev =
          sweep.run(
              seed,
              step ->
                  System.err.printf(
                      java.util.Locale.ROOT,
                      "[seed %d, %d of %d] %s%n",
                      seed,
                      k,
                      range.size(),
                      steps[step]));
      evals.add(ev);
      System.err.printf(
          java.util.Locale.ROOT,
          "[seed %d] recall %s, precision %s, false alerts per country-year %.3f%n",
          seed,
          text(ev.recall()),
          text(ev.precision()),
          ev.falseAlertsPerCountryYear());
    }
    SeedsReport report =
        SeedsReport.of(
            new SeedsReport.Protocol(
                firstDay,
                days,
                history,
                engine,
                minLevel,
                config == null ? "shipped" : config.toString()),
            range,
            evals);
    if (json) {
      System.out.println(Json.write(report));
      return 0;
    }
    System.out.printf(
        Locale.ROOT,
        "%d seeds, %d days scored each from %s, %s; detectors: %s%n",
        range.size(),
        days,
        firstDay,
        history == 0
            ? "each run starting cold"
            : "after " + history + " days of history read but not scored",
        config == null ? "shipped" : config);
    System.out.printf(
        Locale.ROOT,
        "%-6s %8s %8s %9s %11s %6s %6s  missed%n",
        "seed",
        "recall",
        "prec.",
        "lead (d)",
        "false/c-y",
        "alerts",
        "false");
    for (SeedsReport.Seed r : report.seeds()) {
      System.out.printf(
          java.util.Locale.ROOT,
          "%-6d %8s %8s %9s %11.3f %6d %6d  %s%n",
          r.seed(),
          text(r.recall()),
          text(r.precision()),
          text(r.medianLeadDays()),
          r.falseAlertsPerCountryYear(),
          r.alerts(),
          r.falseAlerts(),
          String.join("; ", r.missed()));
    }
    spreadLine("recall", report.recall());
    spreadLine("precision", report.precision());
    spreadLine("false alerts per country-year", report.falseAlertsPerCountryYear());
    spreadLine("median lead (days)", report.medianLeadDays());
    SeedsReport.Targets t = report.targets();
    System.out.printf(
        Locale.ROOT,
        "seeds meeting recall >= %.1f: %d of %d; precision >= %.1f: %d; false alerts <= %.1f: %d;"
            + " all three: %d%n",
        SeedsReport.RECALL_TARGET,
        t.recall(),
        t.seeds(),
        SeedsReport.PRECISION_TARGET,
        t.precision(),
        SeedsReport.FALSE_ALERT_TARGET,
        t.falseAlerts(),
        t.all());
    for (SeedsReport.Pooled p : report.pooled()) {
      System.out.printf(
          Locale.ROOT,
          "pooled %-8s %d of %d detected (%s)%n",
          p.group(),
          p.detected(),
          p.episodes(),
          text(p.recall()));
    }
    System.out.printf(
        Locale.ROOT,
        "false alerts by lens: %s%n",
        report.falseAlertsByLens().isEmpty()
            ? "none"
            : report.falseAlertsByLens().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ")));
    return 0;
  }

  private static void spreadLine(String what, SeedsReport.Spread s) {
    System.out.printf(
        Locale.ROOT,
        "%s: min %s, median %s, max %s (%d seeds)%n",
        what,
        text(s.min()),
        text(s.median()),
        text(s.max()),
        s.n());
  }

  private static String text(Double v) {
    return v == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", v);
  }
}
