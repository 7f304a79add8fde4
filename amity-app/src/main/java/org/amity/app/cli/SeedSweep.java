package org.amity.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.amity.app.store.StoreOpener;
import org.amity.ingest.Format;
import org.amity.pipeline.IngestPipeline;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectorConfig;
import org.amity.simulate.DetectionEvaluator;
import org.amity.simulate.Evaluation;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulatedWatch;
import org.amity.simulate.SimulationResult;
import org.amity.simulate.SimulationSettings;
import org.amity.simulate.StoredAlerts;
import org.amity.storage.Storage;
import org.amity.store.IngestResult;

/**
 * Runs the whole chain for one seed in a scratch folder, exactly as the documented commands do
 * ({@code simulate}, {@code ingest gdelt}, {@code watch --full}, {@code evaluate}), and keeps only
 * the evaluation: the files and the store are deleted afterwards.
 */
final class SeedSweep {
  private final int days;
  private final int history;
  private final LocalDate start;
  private final DetectorConfig detectors;
  private final String minLevel;
  private final boolean plain;

  /**
   * @param plain find the alerts with the plain functions of {@code signal.daily} ({@link
   *     SimulatedWatch}) instead of ingesting into a store and running {@code watch --full}: the
   *     same alerts (held equal by {@code DailyIndicatorsMatchSqlTest}) in a fraction of the time
   * @param history days simulated before {@code start} that the detectors read but the score leaves
   *     out (0: the run starts cold on {@code start})
   */
  SeedSweep(
      int days,
      int history,
      LocalDate start,
      DetectorConfig detectors,
      String minLevel,
      boolean plain) {
    this.days = days;
    this.history = history;
    this.start = start;
    this.detectors = detectors;
    this.minLevel = minLevel;
    this.plain = plain;
  }

  /** The evaluation of one simulated run; {@code step} hears 1 to 3 as the steps begin. */
  Evaluation run(long seed, IntConsumer step) throws IOException {
    Path dir = Files.createTempDirectory("amity-seed-" + seed + "-");
    try {
      step.accept(1);
      ScenarioSimulator sim =
          new ScenarioSimulator(
              GdeltProfile.standard(),
              SimulationSettings.of(
                  history + days,
                  seed,
                  start.minusDays(history),
                  SimulationSettings.DEFAULT_ROWS_PER_DAY,
                  null,
                  null));
      LocalDate scoredFrom = history == 0 ? null : start;
      SimulationResult result = sim.writeTo(dir.resolve("files"), true);
      if (plain) {
        step.accept(2);
        WatchJob.Options options = WatchJob.Options.standard();
        List<org.amity.signal.daily.IndicatorDay> table =
            SimulatedWatch.days(dir.resolve("files"), options.watchSet(), detectors.theatres());
        step.accept(3);
        return DetectionEvaluator.evaluateFrom(
            result.truth(),
            SimulatedWatch.alerts(detectors, table, options::alertsOn),
            minLevel,
            scoredFrom);
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(dir.resolve("files"))) {
        files = s.filter(p -> p.toString().endsWith(".export.CSV")).sorted().toList();
      }
      try (Storage store = StoreOpener.open(dir.resolve("sweep.duckdb"))) {
        step.accept(2);
        List<IngestResult> ingested =
            new IngestPipeline(store.events(), null, null)
                .run(files, IngestPipeline.formats(Set.of(Format.GDELT2)));
        long rejected = ingested.stream().mapToLong(IngestResult::rejected).sum();
        if (rejected > 0) {
          throw new IllegalStateException(
              "seed " + seed + ": " + rejected + " simulated rows were rejected on ingest");
        }
        step.accept(3);
        new WatchJob(store.watch(), detectors, WatchJob.Options.standard()).run(true);
        return DetectionEvaluator.evaluateFrom(
            result.truth(), StoredAlerts.read(store.signals()), minLevel, scoredFrom);
      }
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(all::add);
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }
}
