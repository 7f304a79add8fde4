package org.amity.forecast.deaths;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.event.Country;
import org.amity.event.CountryTable;
import org.amity.forecast.backtest.Case;
import org.amity.forecast.backtest.Panel;

/**
 * Deadly organised violence as a province-month event target, from UCDP GED deaths: will anyone be
 * killed in organised violence (state-based, non-state or one-sided; GED best estimate at least 1)
 * in the province in month t+1. A province is at risk from the month of its first GED event, and
 * the outcome is known only up to its country's last recorded month ({@link ProvinceDeaths}).
 * Features use months up to t only: deaths in t, the 3- and 12-month means (log scale), the share
 * of the last 12 months with deaths, months since the last deadly month, the country's deaths over
 * the last 12 months (log scale), and the province's record length.
 */
public final class DeathsPanel {
  public static final String[] FEATURES = {
    "log_deaths",
    "log_mean3",
    "log_mean12",
    "deadly_months_share12",
    "months_since_deadly_log2",
    "log_country_deaths12",
    "record_years"
  };

  /** Backtests start five years into the record. */
  public static final int WARM_UP_MONTHS = 60;

  private DeathsPanel() {}

  /** Reads the GED files of {@code gedDir} (the shared {@code ucdp-ged} folder). */
  public static Panel read(Path gedDir) throws IOException {
    Map<String, Path> files = new LinkedHashMap<>();
    files.put("ucdp-ged", gedDir);
    return build(ProvinceDeaths.read(gedDir), files);
  }

  /** Builds the panel from deaths per province and month (no files touched). */
  public static Panel build(ProvinceDeaths d, Map<String, Path> files) {
    List<Case> cases = new ArrayList<>();
    Map<String, long[]> country12 = new LinkedHashMap<>();
    for (ProvinceDeaths.Province p : d.provinces()) {
      int first = p.firstMonth();
      int last = d.lastMonth(p.country());
      long[] c12 =
          country12.computeIfAbsent(p.country(), k -> countryWindows(d, k, d.firstMonth(), last));
      for (int t = first; t <= last; t++) {
        double outcome = t + 1 <= last ? (p.deaths(t + 1) > 0 ? 1 : 0) : Double.NaN;
        double[] x = features(p, t, first, c12[t - d.firstMonth()]);
        cases.add(
            new Case(
                p.key(), p.name(), t, x, outcome, outcome, p.deaths(t) > 0 ? 1 : 0, Double.NaN));
      }
    }
    Map<String, String> notes = new LinkedHashMap<>();
    notes.put(
        "outcome",
        "anyone killed in organised violence (UCDP GED best estimate >= 1) in the province in"
            + " month t+1, among provinces with a GED event up to t");
    notes.put("provinces", Integer.toString(d.provinces().size()));
    notes.put("gedRows", Integer.toString(d.rows()));
    notes.put(
        "coverage",
        "each country's record ends with its last GED event (the extracts do not state their"
            + " release): "
            + recordEnds(d));
    notes.put(
        "withoutProvince",
        "events without a province count in their country's deaths only, never as a province: "
            + withoutProvince(d));
    String ended = endedEarly(d);
    if (ended != null) {
      notes.put(Panel.CAVEAT, ended);
    }
    return new Panel(
        "deaths",
        "province",
        "month",
        1,
        1,
        FEATURES.clone(),
        cases,
        d.firstMonth() + WARM_UP_MONTHS,
        null,
        false,
        files,
        notes);
  }

  /** "Indonesia 2019-12, Philippines 2021-12". */
  static String recordEnds(ProvinceDeaths d) {
    StringBuilder s = new StringBuilder();
    for (String c : d.countries()) {
      s.append(s.length() == 0 ? "" : ", ")
          .append(name(c))
          .append(' ')
          .append(Panel.monthLabel(d.lastMonth(c)));
    }
    return s.toString();
  }

  private static String withoutProvince(ProvinceDeaths d) {
    StringBuilder s = new StringBuilder();
    for (String c : d.countries()) {
      s.append(s.length() == 0 ? "" : ", ")
          .append(name(c))
          .append(' ')
          .append(d.deathsWithoutProvince(c))
          .append(" deaths");
    }
    return s.toString();
  }

  /**
   * Why a country has no province among the forecasts: its record ends before the last month of the
   * data, so its provinces have no case at the forecast origin. Null when every country's record
   * runs to the end.
   */
  static String endedEarly(ProvinceDeaths d) {
    int last = d.countries().stream().mapToInt(d::lastMonth).max().orElseThrow();
    List<String> early = new ArrayList<>();
    for (String c : d.countries()) {
      if (d.lastMonth(c) < last) {
        early.add(name(c) + "'s ends " + Panel.monthLabel(d.lastMonth(c)));
      }
    }
    if (early.isEmpty()) {
      return null;
    }
    return "Provinces are forecast only where the country's GED record runs to "
        + Panel.monthLabel(last)
        + ": "
        + String.join(", ", early)
        + (early.size() == 1 ? ", so none of its provinces is" : ", so none of their provinces are")
        + " listed.";
  }

  private static String name(String iso3) {
    return CountryTable.standard().findByIso3(iso3).map(Country::name).orElse(iso3);
  }

  /** The country's deaths over the 12 months ending at each month from {@code from}. */
  private static long[] countryWindows(ProvinceDeaths d, String country, int from, int last) {
    long[] monthly = new long[last - from + 1];
    for (int m = from; m <= last; m++) {
      monthly[m - from] = d.countryDeaths(country, m);
    }
    long[] out = new long[monthly.length];
    long sum = 0;
    for (int i = 0; i < monthly.length; i++) {
      sum += monthly[i] - (i >= 12 ? monthly[i - 12] : 0);
      out[i] = sum;
    }
    return out;
  }

  static double[] features(ProvinceDeaths.Province p, int t, int first, long country12) {
    double mean3 = 0;
    double mean12 = 0;
    int deadly = 0;
    for (int k = 0; k < 12; k++) {
      long v = p.deaths(t - k);
      mean12 += v / 12.0;
      if (k < 3) {
        mean3 += v / 3.0;
      }
      deadly += v > 0 ? 1 : 0;
    }
    int since = 0;
    while (t - since > first && p.deaths(t - since) == 0) {
      since++;
    }
    return new double[] {
      Math.log1p(p.deaths(t)),
      Math.log1p(mean3),
      Math.log1p(mean12),
      deadly / 12.0,
      Math.log(1 + since) / Math.log(2),
      Math.log1p(country12),
      (t - first) / 12.0
    };
  }
}
