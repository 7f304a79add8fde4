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

  /** The indicators of every derived series, in the view's order. */
  public static final List<String> INDICATORS =
      List.of(
          "events",
          "q1",
          "q2",
          "q3",
          "q4",
          "incidents",
          "conflict_incidents",
          "mc_incidents",
          "humanitarian_incidents",
          "coercion_incidents",
          "fatalities",
          "kidnap_incidents",
          "goldstein_sum",
          "goldstein_mean",
          "tone_mean",
          "mc_share",
          "conflict_per_1k_world");

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

  /** Every derived point of the series the days make up. */
  public static List<SeriesPoint> points(Collection<IndicatorDay> days) {
    Map<SeriesPeriod, DayCounts> sums = sums(days);
    List<SeriesPoint> out = new ArrayList<>();
    sums.forEach(
        (k, c) -> {
          DayCounts world =
              sums.get(new SeriesPeriod(Scope.REGION, "WORLD", k.resolution(), k.period()));
          if (world != null) {
            out.addAll(points(k, c, world.incidents()));
          }
        });
    return out;
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
    return new double[] {
      events,
      s.q1(),
      s.q2(),
      s.q3(),
      s.q4(),
      s.incidents(),
      s.conflictIncidents(),
      s.mcIncidents(),
      s.humanitarianIncidents(),
      s.coercionIncidents(),
      s.fatalities(),
      s.kidnapIncidents(),
      s.goldsteinSum(),
      s.goldsteinSum() / events,
      s.toneN() > 0 ? s.toneSum() / s.toneN() : 0,
      s.q4() / events,
      1000.0 * s.conflictIncidents() / worldIncidents
    };
  }
}
