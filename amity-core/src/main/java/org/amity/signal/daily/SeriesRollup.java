package org.amity.signal.daily;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;

/**
 * Rolls daily counts up into day, week and month series with the derived indicators, as the view
 * {@code series_derived} does: every count as a value, the Goldstein sum, its mean per report, the
 * mean tone over reports with a tone (0 when none had one), the share of material-conflict reports,
 * and conflict incidents per thousand incidents in the world in the same period. A period without
 * any world incident has no points (there is nothing to compare against).
 */
public final class SeriesRollup {
  private SeriesRollup() {}

  /** The indicators of every derived series, in the view's order: the counts, then derived ones. */
  public static final List<String> INDICATORS =
      java.util.stream.Stream.concat(
              DayCounts.COUNT_COLUMNS.stream(),
              java.util.stream.Stream.of(
                  "goldstein_sum",
                  "goldstein_mean",
                  "tone_mean",
                  "mc_share",
                  "conflict_per_1k_world"))
          .toList();

  /** Sums of the days in each (subject, resolution, period). */
  public static Map<SeriesPeriod, DayCounts> sums(Collection<IndicatorDay> days) {
    Map<SeriesPeriod, DayCounts> out = new HashMap<>();
    for (IndicatorDay d : days) {
      for (Resolution r : Resolution.values()) {
        out.merge(
            new SeriesPeriod(d.scope(), d.subject(), r, r.start(d.day())),
            d.counts(),
            DayCounts::plus);
      }
    }
    return out;
  }

  /** Which period of whose series. */
  public record SeriesPeriod(
      Scope scope, String subject, Resolution resolution, LocalDate period) {}

  /**
   * Every derived point of the series the days make up; a count only some sources give ({@link
   * DayCounts#COVERED_BY}) has no point outside its subject's first to last period with a report of
   * such a source, or for a subject of several countries ({@link org.amity.signal.CoverageMembers})
   * outside every member's.
   */
  public static List<SeriesPoint> points(Collection<IndicatorDay> days) {
    Map<SeriesPeriod, DayCounts> sums = sums(days);
    Map<SeriesPeriod, LocalDate[]> covered = coveredSpans(sums);
    List<SeriesPoint> out = new ArrayList<>();
    sums.forEach(
        (k, c) -> {
          DayCounts world =
              sums.get(new SeriesPeriod(Scope.REGION, "WORLD", k.resolution(), k.period()));
          if (world == null) {
            return;
          }
          for (SeriesPoint p : points(k, c, world.incidents())) {
            String cover = DayCounts.COVERED_BY.get(p.indicator());
            if (cover == null || covers(covered, k, c.count(cover) > 0, cover)) {
              out.add(p);
            }
          }
        });
    return out;
  }

  /**
   * Per subject, resolution and coverage column ({@link #span}), the first and last period whose
   * column is positive.
   */
  private static Map<SeriesPeriod, LocalDate[]> coveredSpans(Map<SeriesPeriod, DayCounts> sums) {
    Map<SeriesPeriod, LocalDate[]> out = new HashMap<>();
    sums.forEach(
        (k, c) -> {
          for (String cover : DayCounts.COVERED_BY.values()) {
            if (c.count(cover) > 0) {
              LocalDate[] r =
                  out.computeIfAbsent(
                      span(k, cover), x -> new LocalDate[] {k.period(), k.period()});
              r[0] = k.period().isBefore(r[0]) ? k.period() : r[0];
              r[1] = k.period().isAfter(r[1]) ? k.period() : r[1];
            }
          }
        });
    return out;
  }

  /**
   * Whether {@code k}'s subject is covered in its period by column {@code cover}: inside its own
   * span, or for a subject of several countries ({@link org.amity.signal.CoverageMembers}) in a
   * period with a report of its own ({@code reported}) or inside a member's span.
   */
  private static boolean covers(
      Map<SeriesPeriod, LocalDate[]> covered, SeriesPeriod k, boolean reported, String cover) {
    java.util.Set<String> members = org.amity.signal.CoverageMembers.of(k.scope(), k.subject());
    if (members == null) {
      return inside(covered.get(span(k, cover)), k.period());
    }
    if (reported) {
      return true;
    }
    for (String m : members) {
      SeriesPeriod country = new SeriesPeriod(Scope.COUNTRY, m, k.resolution(), k.period());
      if (inside(covered.get(span(country, cover)), k.period())) {
        return true;
      }
    }
    return false;
  }

  /** The key of a subject's span of one coverage column: its period's place holds no period. */
  private static SeriesPeriod span(SeriesPeriod k, String cover) {
    return new SeriesPeriod(k.scope(), k.subject() + "|" + cover, k.resolution(), null);
  }

  private static boolean inside(LocalDate[] range, LocalDate period) {
    return range != null && !period.isBefore(range[0]) && !period.isAfter(range[1]);
  }

  /** The derived points of one period, given the world's incidents in that period. */
  public static List<SeriesPoint> points(SeriesPeriod k, DayCounts s, long worldIncidents) {
    double[] v = values(s, worldIncidents);
    List<SeriesPoint> out = new ArrayList<>(v.length);
    for (int i = 0; i < v.length; i++) {
      out.add(
          new SeriesPoint(
              k.scope(), k.subject(), INDICATORS.get(i), k.resolution(), k.period(), v[i]));
    }
    return out;
  }

  /** The values of {@link #INDICATORS} for one period's sums. */
  public static double[] values(DayCounts s, long worldIncidents) {
    double events = s.events();
    List<String> counts = DayCounts.COUNT_COLUMNS;
    double[] v = new double[INDICATORS.size()];
    for (int i = 0; i < counts.size(); i++) {
      v[i] = s.count(counts.get(i));
    }
    int k = counts.size();
    v[k] = s.goldsteinSum();
    // a sea area's day may hold only pirates on its coast, no report of its own (events 0)
    v[k + 1] = events > 0 ? s.goldsteinSum() / events : 0;
    v[k + 2] = s.toneN() > 0 ? s.toneSum() / s.toneN() : 0;
    v[k + 3] = events > 0 ? s.q4() / events : 0;
    // a period may hold only the spread dead of a record dated by a range, no incident anywhere
    v[k + 4] = worldIncidents > 0 ? 1000.0 * s.conflictIncidents() / worldIncidents : 0;
    return v;
  }
}
