package org.amity.forecast.rates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recent onset rates of an event, known at a feature year t: the world's onset rate over the five
 * and the ten years before t, the region's (the country's continent) over the ten years before t,
 * and the country's own onsets in those ten years. Only years strictly before t are read (t-w ..
 * t-1), so a feature at t is unchanged whatever happens in t or later. A rate is onsets divided by
 * country-years at risk in the window's years present in the data; NaN when the window holds none.
 */
public final class OnsetRates {
  /** The features' names, in the order of {@link #at}. */
  public static final String[] NAMES = {
    "world_onset_rate_5y", "world_onset_rate_10y", "region_onset_rate_10y", "country_onsets_10y"
  };

  /**
   * One country-year of the event's history.
   *
   * @param unit the country
   * @param region its region ({@link #continent})
   * @param year the year
   * @param atRisk whether the country could have an onset that year (counted in the denominator)
   * @param onset whether it had one
   */
  public record UnitYear(String unit, int region, int year, boolean atRisk, boolean onset) {}

  private record Tally(int atRisk, int onsets) {
    static Tally of(UnitYear u) {
      return new Tally(u.atRisk() ? 1 : 0, u.atRisk() && u.onset() ? 1 : 0);
    }

    Tally plus(Tally o) {
      return new Tally(atRisk + o.atRisk(), onsets + o.onsets());
    }
  }

  private final Map<Integer, Tally> world = new TreeMap<>();
  private final Map<Integer, Map<Integer, Tally>> regions = new HashMap<>();
  private final Map<String, Map<Integer, Tally>> units = new HashMap<>();
  // years strictly before t in honest use; the leak canary of the tests reads `lead` years later
  private final int lead;

  private OnsetRates(List<UnitYear> history, int lead) {
    this.lead = lead;
    for (UnitYear u : history) {
      add(world, u);
      add(regions.computeIfAbsent(u.region(), k -> new TreeMap<>()), u);
      add(units.computeIfAbsent(u.unit(), k -> new TreeMap<>()), u);
    }
  }

  private static void add(Map<Integer, Tally> m, UnitYear u) {
    m.merge(u.year(), Tally.of(u), Tally::plus);
  }

  /** The rates of a history of country-years. */
  public static OnsetRates of(List<UnitYear> history) {
    return new OnsetRates(history, 0);
  }

  /** Rates that (wrongly) read {@code lead} years later than the rule allows: for tests. */
  static OnsetRates leaking(List<UnitYear> history, int lead) {
    return new OnsetRates(history, lead);
  }

  /**
   * The four features ({@link #NAMES}) of a country in year t; NaN where the window holds no
   * country-year (before the data start).
   */
  public double[] at(String unit, int region, int t) {
    Tally u = sum(units.getOrDefault(unit, Map.of()), t, 10);
    Tally w10 = sum(world, t, 10);
    return new double[] {
      rate(sum(world, t, 5)),
      rate(w10),
      rate(sum(regions.getOrDefault(region, Map.of()), t, 10)),
      w10.atRisk() == 0 ? Double.NaN : u.onsets()
    };
  }

  private Tally sum(Map<Integer, Tally> byYear, int t, int years) {
    Tally s = new Tally(0, 0);
    for (int y = t - years + lead; y <= t - 1 + lead; y++) {
      Tally v = byYear.get(y);
      if (v != null) {
        s = s.plus(v);
      }
    }
    return s;
  }

  private static double rate(Tally s) {
    return s.atRisk() == 0 ? Double.NaN : (double) s.onsets() / s.atRisk();
  }

  /**
   * A country's continent from its Correlates of War / Gleditsch-Ward code, by the codes' own
   * regional blocks: 0 the Americas (2-199), 1 Europe (200-399), 2 Africa (400-626, North Africa
   * included), 3 the Middle East (630-699), 4 Asia and Oceania (700 on).
   */
  public static int continent(int ccode) {
    if (ccode < 200) {
      return 0;
    }
    if (ccode < 400) {
      return 1;
    }
    if (ccode < 630) {
      return 2;
    }
    return ccode < 700 ? 3 : 4;
  }

  /** Appends the features at (unit, t) to {@code base}; null when base is null or any is NaN. */
  public double[] extend(double[] base, String unit, int region, int t) {
    if (base == null) {
      return null;
    }
    double[] r = at(unit, region, t);
    double[] out = java.util.Arrays.copyOf(base, base.length + r.length);
    for (int j = 0; j < r.length; j++) {
      if (Double.isNaN(r[j])) {
        return null;
      }
      out[base.length + j] = r[j];
    }
    return out;
  }
}
