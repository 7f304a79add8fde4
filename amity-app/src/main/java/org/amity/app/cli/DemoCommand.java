package org.amity.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.amity.app.report.ReportFormat;
import org.amity.app.report.Reports;
import org.amity.app.service.ServiceSettings;
import org.amity.app.store.StoreOpener;
import org.amity.app.web.WebConfig;
import org.amity.app.web.auth.DemoAccess;
import org.amity.ingest.Format;
import org.amity.pipeline.IngestPipeline;
import org.amity.pipeline.SituationAdvice;
import org.amity.pipeline.WatchJob;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.PrecedentSource;
import org.amity.response.RankedOption;
import org.amity.response.Recommendation;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.timeline.Visibility;
import org.amity.signal.Alert;
import org.amity.signal.DetectorConfig;
import org.amity.signal.Evidence;
import org.amity.signal.RelatedSituations;
import org.amity.signal.SignalReader;
import org.amity.signal.Situation;
import org.amity.simulate.DetectionEvaluator;
import org.amity.simulate.Evaluation;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulationSettings;
import org.amity.simulate.StoredAlerts;
import org.amity.storage.Storage;
import org.amity.store.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code amity demo}: the whole flow on a fresh embedded database. A year of synthetic GDELT events
 * for Southeast Asia with known episodes is simulated, ingested and watched; the open situations
 * are printed with their type, level, great-power involvement, evidence and the regional options
 * checked against the ARF principles; then the dashboard is served.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Simulate a year of events for Southeast Asia, ingest and watch them on a fresh database,"
          + " print the open situations with evidence and response options, then serve the"
          + " dashboard.",
      "Use --no-serve to stop after printing."
    })
final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--db",
      paramLabel = "PATH",
      description =
          "Database to (re)create (default: demo.duckdb beside the usual database; the usual"
              + " database is never touched).")
  Path db;

  @Option(
      names = "--days",
      defaultValue = "365",
      description = "Days to simulate, 60 to 3660 (default 365).")
  int days;

  @Option(names = "--seed", defaultValue = "7", description = "Random seed (default 7).")
  long seed;

  @Option(names = "--start", defaultValue = "2025-01-01", description = "First simulated day.")
  LocalDate start;

  @Option(names = "--no-serve", description = "Print the situations and exit.")
  boolean noServe;

  @Option(
      names = "--no-forecast",
      description =
          "Skip the mass-killing forecast (made when the shared research data are present:"
              + " $AMITY_TESTDATA, else ../shared/data).")
  boolean noForecast;

  @Option(names = "--port", defaultValue = "8080", description = "Dashboard port (default 8080).")
  int port;

  @Option(names = "--top", defaultValue = "3", description = "Options shown per situation.")
  int top;

  @Option(
      names = "--live-every",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "While serving, land one simulated next day every SECONDS (default ${DEFAULT-VALUE}; 0:"
              + " off).")
  int liveEvery;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bars (they show only on a terminal).")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (days < SimulationSettings.MIN_DAYS) {
      throw new IllegalArgumentException("--days must be at least " + SimulationSettings.MIN_DAYS);
    }
    if (liveEvery < 0) {
      throw new IllegalArgumentException("--live-every must be 0 (off) or more seconds");
    }
    Path file = db != null ? db : new StoreOptions().path().resolveSibling("demo.duckdb");
    StoreOpener.delete(file);
    PrintStream err = System.err;
    Path sim = Files.createTempDirectory("amity-demo");
    try (Storage store = StoreOpener.open(file)) {
      err.printf(Locale.ROOT, "[1/4] simulating %d days (seed %d)...%n", days, seed);
      ScenarioSimulator simulator =
          new ScenarioSimulator(
              GdeltProfile.standard(),
              SimulationSettings.of(
                  days, seed, start, SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null));
      var result = simulator.writeTo(sim, true);
      err.printf(
          Locale.ROOT, "[2/4] ingesting %,d rows in %d files...%n", result.rows(), result.files());
      List<Path> files;
      try (Stream<Path> s = Files.list(sim)) {
        files = s.filter(p -> p.toString().endsWith(".export.CSV")).sorted().toList();
      }
      List<IngestResult> ingested;
      try (StepProgress bar = StepProgress.of("ingest files", quiet, false)) {
        int[] done = {0};
        IngestPipeline.Progress perFile =
            new IngestPipeline.Progress() {
              @Override
              public void finished(Path f, IngestResult r) {
                bar.accept(++done[0], files.size());
              }
            };
        ingested =
            new IngestPipeline(store.events(), null, perFile)
                .run(files, IngestPipeline.formats(Set.of(Format.GDELT2)));
      }
      long rejected = ingested.stream().mapToLong(IngestResult::rejected).sum();
      err.printf(Locale.ROOT, "[3/4] watching (indicators, detectors, evidence, situations)...%n");
      SignalReader signals = store.signals();
      WatchJob.Report watch;
      try (StepProgress bar = StepProgress.of("watch", quiet, false)) {
        watch =
            new WatchJob(store.watch(), DetectorConfig.standard(), WatchJob.Options.standard())
                .withProgress(bar)
                .run(false);
      }
      Evaluation eval =
          DetectionEvaluator.evaluate(result.truth(), StoredAlerts.read(signals), "watch");
      err.printf(Locale.ROOT, "[4/4] recommending...%n%n");
      KnowledgeBase kb = KnowledgeBase.standard();
      print(signals, kb, watch, eval, rejected);
      Optional<Long> answered = DemoTimeline.record(store, signals, kb, System.out);
      writeReport(store, kb, answered, file);
      if (!noForecast) {
        DemoForecast.store(store, SharedData.folder(), err);
      }
      if (noServe) {
        return 0;
      }
      serve(store, simulator, file, sim);
      return 0;
    } finally {
      deleteTree(sim);
    }
  }

  /**
   * Ends the run with a situation report PDF beside the demo database: the situation given a
   * timeline, else the most severe one. The dashboard serves the same report from the situation
   * page.
   */
  private static void writeReport(Storage store, KnowledgeBase kb, Optional<Long> answered, Path db)
      throws IOException {
    Optional<Long> id =
        answered.or(
            () -> store.signals().situations("all", 1, 0).stream().findFirst().map(s -> s.id()));
    if (id.isEmpty()) {
      System.out.println("\nNo situation to report on.");
      return;
    }
    byte[] pdf =
        new Reports(store, kb, java.time.Clock.systemUTC())
            .situation(id.get(), ReportFormat.PDF, Visibility.VIEWER)
            .orElseThrow();
    Path out = db.toAbsolutePath().resolveSibling("demo-situation-" + id.get() + ".pdf");
    Files.write(out, pdf);
    System.out.printf(
        Locale.ROOT,
        "%nSituation report (PDF, %,d bytes): %s%n  (also: amity report --db %s --situation %d"
            + " --out FILE, or \"Download report\" on the situation page)%n",
        pdf.length,
        out,
        db,
        id.get());
  }

  /** Situations shown when the run ends with none open. */
  static final int RECENT_WHEN_NONE_OPEN = 3;

  private void print(
      SignalReader signals,
      KnowledgeBase kb,
      WatchJob.Report watch,
      Evaluation eval,
      long rejected) {
    PrintStream out = System.out;
    out.printf(
        Locale.ROOT,
        "Simulated %d days; %d alerts raised (%d open); %d rejected lines.%n",
        days,
        watch.alertsFound(),
        watch.openAlerts(),
        rejected);
    out.printf(
        Locale.ROOT,
        "Against the injected episodes: recall %s, precision %s, median lead %s days before the"
            + " peak, %.2f false alerts per country-year, %d alerts on decoy media bursts.%n%n",
        fmt(eval.recall()),
        fmt(eval.precision()),
        eval.medianLeadDays() == null
            ? "-"
            : String.format(Locale.ROOT, "%.1f", eval.medianLeadDays()),
        eval.falseAlertsPerCountryYear(),
        eval.decoyAlerts());
    List<Situation> shown = signals.situations("open", 0, 0);
    boolean anyOpen = !shown.isEmpty();
    if (anyOpen) {
      out.printf(Locale.ROOT, "Open situations (%d), most severe first:%n", shown.size());
    } else {
      // the simulated year can end quietly; the latest situations still show the whole chain
      shown =
          signals.situations("all", 0, 0).stream()
              .sorted(
                  java.util.Comparator.comparing(
                          (Situation s) -> s.closed() != null ? s.closed() : s.updated())
                      .reversed())
              .limit(RECENT_WHEN_NONE_OPEN)
              .toList();
      out.printf(
          Locale.ROOT,
          "No situation is open at the end of the run; the %d most recently closed:%n",
          shown.size());
    }
    Map<Long, List<RelatedSituations.Related>> related = RelatedSituations.read(signals, shown);
    for (Situation s : shown) {
      out.printf(
          Locale.ROOT,
          "%n#%d %s [%s, %s, %s, %s]%n   opened %s, last %s; threat types %s; outside great powers"
              + " %.0f%% of the parties' events%s%n",
          s.id(),
          s.title(),
          s.status(),
          s.level().key().toUpperCase(java.util.Locale.ROOT),
          s.domain(),
          s.stage(),
          s.opened(),
          s.updated(),
          s.threatShares(),
          100 * s.outsidePowerShare(),
          s.greatPowerParty()
              ? "; "
                  + org.amity.signal.GreatPowerRole.words(
                      s.scope(), s.subject(), s.greatPowerParty())
              : "");
      related.get(s.id()).forEach(r -> out.println("   " + SituationsCommand.relatedLine(r)));
      for (long id : s.alertIds()) {
        signals
            .alert(id)
            .filter(a -> !anyOpen || a.status().equals("open"))
            .ifPresent(a -> alert(out, a));
      }
      Recommendation r =
          SituationAdvice.recommend(s, signals, kb, PrecedentSource.NONE, Lens.BROAD, Label.PD);
      List<RankedOption> options = r.top(top);
      out.printf(
          Locale.ROOT,
          "   options (each needs the consent shown; none fails an ARF principle check):%n");
      for (RankedOption o : options) {
        long passed =
            o.principles().stream()
                .filter(c -> c.result() == org.amity.response.CheckResult.PASS)
                .count();
        out.printf(
            Locale.ROOT,
            "     %d. %s: %s (score %.2f; consent %s; %d of %d checks pass, the rest warn)%n",
            o.rank(),
            o.instrument().name(),
            o.measure().name(),
            o.score(),
            o.consentRequired(),
            passed,
            o.principles().size());
      }
      if (options.isEmpty()) {
        out.println("     none passes the principle checks");
      }
    }
  }

  private static void alert(PrintStream out, Alert a) {
    out.printf(
        Locale.ROOT,
        "   alert #%d %s on %s (%s): %.0f against %.1f expected (score %.1f), since %s%n",
        a.id(),
        a.level().key(),
        org.amity.signal.IndicatorName.of(a.indicator()),
        a.indicator(),
        a.value(),
        a.baseline(),
        a.score(),
        a.opened());
    String counts = org.amity.signal.IndicatorName.valueCaption(a.indicator());
    if (counts != null) {
      out.printf(Locale.ROOT, "     %s%n", counts);
    }
    for (Evidence e : a.evidence().subList(0, Math.min(3, a.evidence().size()))) {
      out.printf(
          Locale.ROOT,
          "     %s %s (Goldstein %.1f, %s) %s%n",
          e.date(),
          e.inWords(),
          e.goldstein(),
          e.reportsInWords(),
          e.url() == null ? "" : e.url());
    }
  }

  /**
   * Serves the demo as a live service: the dashboard, the CLI through the service, and a landing
   * folder that a feeder fills with one simulated next day every {@code --live-every} seconds.
   * Ctrl-C or SIGTERM stops it and removes its temporary folders.
   */
  private void serve(Storage store, ScenarioSimulator simulator, Path file, Path sim)
      throws Exception {
    DemoAccess.Login login = DemoAccess.createLogin(store);
    Path landing = Files.createTempDirectory("amity-demo-landing");
    Service service =
        Service.start(
            store,
            new ServiceSettings(landing, false, null, null, 15, null, null),
            WebConfig.local(port),
            landing);
    java.util.concurrent.ScheduledExecutorService feeder =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "amity-demo-feeder");
              t.setDaemon(true);
              return t;
            });
    java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger(days);
    if (liveEvery > 0) {
      feeder.scheduleWithFixedDelay(
          () -> {
            try {
              simulator.writeDay(landing, next.getAndIncrement());
            } catch (IOException | RuntimeException e) {
              System.err.println("amity demo: cannot simulate the next day: " + e.getMessage());
            }
          },
          liveEvery,
          liveEvery,
          java.util.concurrent.TimeUnit.SECONDS);
    }
    System.out.printf(
        Locale.ROOT,
        "%nDashboard: http://127.0.0.1:%d/  (database %s)%nLogin: user %s, password %s (%s; valid"
            + " while the demo runs)%n%s%nPress Ctrl-C to stop.%n",
        service.web().port(),
        file,
        login.user(),
        login.password(),
        login.role(),
        liveEvery > 0
            ? "Live: a simulated next day lands every " + liveEvery + " s (" + landing + ")"
            : "Live feeding is off (--live-every 0)");
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  feeder.shutdownNow();
                  service.close();
                  try {
                    deleteTree(landing);
                    deleteTree(sim);
                  } catch (IOException e) {
                    System.err.println(
                        "amity demo: cannot remove temporary files: " + e.getMessage());
                  }
                  stop.countDown();
                }));
    stop.await();
  }

  private static String fmt(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.2f", d);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
