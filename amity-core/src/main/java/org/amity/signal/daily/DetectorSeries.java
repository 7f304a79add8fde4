package org.amity.signal.daily;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.amity.signal.DetectionSpec;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;

/**
 * The series the detectors read, from daily counts, as the embedded watch loads them: from the
 * first period that starts on or after the coverage start, summed per period, the spec's numerator
 * columns added up, gap-free from each subject's first to last period with counts (for a count only
 * some sources give, {@link DayCounts#COVERED_BY}, from the first to the last period such a source
 * covered).
 */
public final class DetectorSeries {
  private DetectorSeries() {}

  /**
   * The first day the data covers fully: the first day whose world incidents reach a quarter of the
   * 0.9 quantile (interpolated) of the daily world incidents. Days before it hold only stray,
   * back-dated reports. Null when there are no days.
   *
   * @param worldIncidents the world's incidents per day (days without incidents absent)
   */
  public static LocalDate coverageStart(SortedMap<LocalDate, Long> worldIncidents) {
    if (worldIncidents.isEmpty()) {
      return null;
    }
    long[] sorted = worldIncidents.values().stream().mapToLong(Long::longValue).sorted().toArray();
    double threshold = 0.25 * quantile(sorted, 0.9);
    for (Map.Entry<LocalDate, Long> e : worldIncidents.entrySet()) {
      if (e.getValue() >= threshold) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The continuous quantile of sorted values, interpolated linearly between neighbours. */
  static double quantile(long[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    if (lo == hi) {
      return sorted[lo];
    }
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  /** The first period of {@code r} a detector reads: the first that starts on or after coverage. */
  public static LocalDate firstPeriod(Resolution r, LocalDate coverage) {
    if (coverage == null) {
      return null;
    }
    return r.start(coverage).equals(coverage) ? coverage : r.next(r.start(coverage));
  }

  /** Whether a subject of the spec's scope is one the spec reads (dyads: by direction). */
  public static boolean reads(DetectionSpec spec, String subject) {
    if (spec.scope() != Scope.DYAD) {
      return true;
    }
    return spec.directed() ? subject.contains(">") : subject.contains("-");
  }

  /**
   * One subject's series under {@code spec}, or null when it has no counts from the first period
   * on.
   *
   * @param days the subject's days (any order), in the spec's scope
   * @param coverage the coverage start, or null to read every day
   */
  public static DetectorInput of(
      DetectionSpec spec, Collection<IndicatorDay> days, LocalDate coverage) {
    return of(spec, days, coverage, null);
  }

  /**
   * As {@link #of(DetectionSpec, Collection, LocalDate)}, a share of news (a spec with a
   * denominator) marked covered only on the periods {@code news} covers ({@link
   * DetectorInput#covered}), as the store reads it.
   *
   * @param news the days the news files cover, or null to take every period as covered (a feed
   *     without files: the simulator's)
   */
  public static DetectorInput of(
      DetectionSpec spec, Collection<IndicatorDay> days, LocalDate coverage, NewsCoverage news) {
    DetectorInput in = read(spec, days, coverage);
    if (in == null || spec.denominator() == null) {
      return in;
    }
    return in.coveredBy(news, spec.resolution());
  }

  private static DetectorInput read(
      DetectionSpec spec, Collection<IndicatorDay> days, LocalDate coverage) {
    Resolution r = spec.resolution();
    List<String> num = List.of(spec.numerator().split("\\+"));
    for (String col : num) {
      requireColumn(spec, col);
    }
    if (spec.denominator() != null) {
      requireColumn(spec, spec.denominator());
    }
    LocalDate first = firstPeriod(r, coverage);
    TreeMap<LocalDate, DayCounts> periods = new TreeMap<>();
    for (IndicatorDay d : days) {
      if (first == null || !d.day().isBefore(first)) {
        periods.merge(r.start(d.day()), d.counts(), DayCounts::plus);
      }
    }
    String cover = DayCounts.coverageOf(num);
    if (cover != null) {
      periods = covered(periods, cover);
    }
    if (periods.isEmpty()) {
      return null;
    }
    List<LocalDate> all = new ArrayList<>();
    for (LocalDate p = periods.firstKey(); !p.isAfter(periods.lastKey()); p = r.next(p)) {
      all.add(p);
    }
    double[] n = new double[all.size()];
    double[] v = spec.denominator() == null ? null : new double[all.size()];
    for (int i = 0; i < all.size(); i++) {
      DayCounts c = periods.get(all.get(i));
      if (c == null) {
        continue;
      }
      double x = 0;
      for (String col : num) {
        x += c.count(col);
      }
      n[i] = x;
      if (v != null) {
        v[i] = c.count(spec.denominator());
      }
    }
    return new DetectorInput(all, n, v);
  }

  /**
   * The periods from the first to the last whose {@code cover} count is positive (see {@link
   * DayCounts#COVERED_BY}); empty when none is.
   */
  private static TreeMap<LocalDate, DayCounts> covered(
      TreeMap<LocalDate, DayCounts> periods, String cover) {
    List<LocalDate> keys = new ArrayList<>(periods.keySet());
    double[] counts = new double[keys.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = periods.get(keys.get(i)).count(cover);
    }
    int[] range = DayCounts.coveredRange(counts);
    if (range == null) {
      return new TreeMap<>();
    }
    return new TreeMap<>(periods.subMap(keys.get(range[0]), true, keys.get(range[1]), true));
  }

  private static void requireColumn(DetectionSpec spec, String col) {
    if (!DayCounts.COUNT_COLUMNS.contains(col)) {
      throw new IllegalArgumentException(
          "detector spec "
              + spec.name()
              + " names '"
              + col
              + "', which is not an event-derived count (use one of "
              + new TreeSet<>(DayCounts.COUNT_COLUMNS)
              + ")");
    }
  }
}
