package org.amity.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.amity.event.Event;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.signal.DetectedAlert;
import org.amity.signal.DetectorConfig;
import org.amity.signal.Scope;
import org.amity.signal.daily.DailyIndicators;
import org.amity.signal.daily.IncidentSubjects;
import org.amity.signal.daily.IndicatorDay;
import org.amity.signal.daily.SeriesDetection;

/**
 * The alerts a full watch stores for a simulated run, found without a store: the run's export files
 * are parsed by the ingest's GDELT 2.0 parser, collapsed into the daily table by the plain
 * functions of {@code signal.daily} and scored by {@link SeriesDetection}, the same code the Flink
 * job runs. {@code DailyIndicatorsMatchSqlTest} holds these functions equal to the store's SQL, row
 * by row and alert by alert, so the alerts are those of {@code ingest gdelt} followed by {@code
 * watch --full} on a new store, at a fraction of the cost (no database, no evidence, typology or
 * situations, which the evaluation does not read).
 */
public final class SimulatedWatch {
  private SimulatedWatch() {}

  /**
   * The daily table of a run's export files ({@code *.export.CSV} in {@code dir}).
   *
   * @param watchSet countries that get country and dyad series
   * @throws IllegalStateException when any row is rejected (a simulated row must always parse)
   */
  public static List<IndicatorDay> days(Path dir, Set<String> watchSet) throws IOException {
    return days(dir, watchSet, false);
  }

  /**
   * The same, with or without the conflict areas' series ({@link IncidentSubjects#withTheatres}).
   */
  public static List<IndicatorDay> days(Path dir, Set<String> watchSet, boolean theatres)
      throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".export.CSV")).sorted().toList();
    }
    List<Event> events = new ArrayList<>();
    for (Path f : files) {
      try (FileScan scan = FileScan.open(f, f.getFileName().toString(), Format.GDELT2, null)) {
        FileScan.Worker w = scan.newWorker();
        for (Event e = w.next(); e != null; e = w.next()) {
          events.add(e);
        }
        if (scan.failure() != null) {
          throw scan.failure();
        }
        if (scan.rejects().count() > 0) {
          throw new IllegalStateException(
              f.getFileName() + ": " + scan.rejects().count() + " simulated rows were rejected");
        }
      }
    }
    return DailyIndicators.of(events, IncidentSubjects.watching(watchSet).withTheatres(theatres));
  }

  /**
   * The alerts of a daily table as the evaluation reads them, oldest first.
   *
   * @param alertsOn whether alerts are raised on a subject (the watch's region rule)
   */
  public static List<AlertRecord> alerts(
      DetectorConfig config, List<IndicatorDay> days, BiPredicate<Scope, String> alertsOn) {
    List<DetectedAlert> found = SeriesDetection.all(config, days, alertsOn);
    List<AlertRecord> out = new ArrayList<>();
    long id = 1;
    for (DetectedAlert a : found) {
      out.add(
          new AlertRecord(
              id++,
              a.scope().key(),
              a.subject(),
              a.indicator(),
              a.level().key(),
              a.peakLevel().key(),
              a.opened(),
              a.closed()));
    }
    out.sort(Comparator.comparing(AlertRecord::opened).thenComparingLong(AlertRecord::id));
    return out;
  }
}
