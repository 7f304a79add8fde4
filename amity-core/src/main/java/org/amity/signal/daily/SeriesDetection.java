package org.amity.signal.daily;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.amity.signal.AlertBuilder;
import org.amity.signal.DetectedAlert;
import org.amity.signal.DetectionSpec;
import org.amity.signal.DetectorConfig;
import org.amity.signal.PooledLens;
import org.amity.signal.Scope;
import org.amity.signal.SeriesScores;

/**
 * The detection step of a full watch over daily counts: for every event-derived spec and every
 * subject of its scope, the series as the detectors read it, scored by the spec's detector and
 * turned into alerts, for subjects with enough volume on which alerts are raised.
 */
public final class SeriesDetection {
  private SeriesDetection() {}

  /**
   * One series scored by its spec, as every engine scores it (the embedded watch, the plain engine,
   * the Flink job); null for a series that is not watched: none, a subject on which no alerts are
   * raised, one outside the spec's subjects, or less volume in all than the spec's floor.
   *
   * @param alertsOn whether alerts are raised on the subject at all (the watch's region rule)
   */
  public static SeriesScores scores(
      DetectionSpec spec, String subject, DetectorInput series, boolean alertsOn) {
    if (series == null
        || !alertsOn
        || !spec.watches(subject)
        || series.volume() < spec.minSubjectVolume()) {
      return null;
    }
    return score(spec, series);
  }

  /**
   * A series scored by its spec, only where a source covered it ({@link DetectorInput#covered}).
   */
  public static SeriesScores score(DetectionSpec spec, DetectorInput series) {
    return spec.score(series.periods(), series.numerator(), series.denominator(), series.covered());
  }

  /** The world's incidents per day, from which the coverage start is judged. */
  public static TreeMap<LocalDate, Long> worldIncidents(Collection<IndicatorDay> days) {
    TreeMap<LocalDate, Long> out = new TreeMap<>();
    for (IndicatorDay d : days) {
      if (d.scope() == Scope.REGION && d.subject().equals("WORLD")) {
        out.put(d.day(), d.counts().incidents());
      }
    }
    return out;
  }

  /**
   * Every alert the event-derived specs of {@code config} find in {@code days}, then those of its
   * pooled lenses ({@link PooledLens}), which read the scores of two of those specs.
   */
  public static List<DetectedAlert> all(
      DetectorConfig config, Collection<IndicatorDay> days, BiPredicate<Scope, String> alertsOn) {
    List<DetectedAlert> out = new ArrayList<>();
    java.util.Set<String> pooled = config.pooledLenses();
    Map<String, Map<String, SeriesScores>> lenses = new java.util.HashMap<>();
    forEachSeries(
        config,
        days,
        (spec, subject, series) -> {
          SeriesScores s =
              scores(spec, subject.name(), series, alertsOn.test(subject.scope(), subject.name()));
          if (s == null) {
            return;
          }
          out.addAll(AlertBuilder.alerts(spec, subject.name(), s));
          if (pooled.contains(spec.name())) {
            lenses.computeIfAbsent(spec.name(), k -> new TreeMap<>()).put(subject.name(), s);
          }
        });
    for (PooledLens p : config.pools()) {
      DetectionSpec spec = config.alertSpec(p.name()).orElseThrow();
      p.alerts(
              spec,
              lenses.getOrDefault(p.areaLens(), Map.of()),
              lenses.getOrDefault(p.dyadLens(), Map.of()))
          .values()
          .forEach(found -> found.forEach(f -> out.add(f.alert())));
    }
    return out;
  }

  /** What {@link #forEachSeries} hands over: a spec, a subject it reads, and its series. */
  @FunctionalInterface
  public interface SeriesVisitor {
    /**
     * @param series the subject's series as the spec reads it from its coverage start, or null when
     *     it has none
     */
    void accept(DetectionSpec spec, Subject subject, DetectorInput series);
  }

  /**
   * Every event-derived spec of {@code config} with every subject of {@code days} it reads, spec by
   * spec in the config's order and subjects in {@link #SUBJECT_ORDER}: the series {@link #all}
   * scores, for callers that need more of them than their alerts.
   */
  public static void forEachSeries(
      DetectorConfig config, Collection<IndicatorDay> days, SeriesVisitor visitor) {
    LocalDate coverage = DetectorSeries.coverageStart(worldIncidents(days));
    Map<Subject, List<IndicatorDay>> bySubject = new TreeMap<>(SUBJECT_ORDER);
    for (IndicatorDay d : days) {
      bySubject.computeIfAbsent(new Subject(d.scope(), d.subject()), k -> new ArrayList<>()).add(d);
    }
    for (DetectionSpec spec : config.specs()) {
      if (!config.source(spec).equals("events")) {
        continue;
      }
      bySubject.forEach(
          (s, rows) -> {
            if (s.scope() == spec.scope() && DetectorSeries.reads(spec, s.name())) {
              visitor.accept(spec, s, DetectorSeries.of(spec, rows, coverage));
            }
          });
    }
  }

  /** Scope, then subject name. */
  public static final java.util.Comparator<Subject> SUBJECT_ORDER =
      java.util.Comparator.comparing(Subject::scope).thenComparing(Subject::name);
}
