package org.amity.forecast.piracy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.event.SeaArea;
import org.amity.forecast.backtest.Case;
import org.amity.forecast.backtest.Panel;

/**
 * Maritime incidents as a sea-area-month count target: from the counts up to month t, forecast the
 * count in month t+1. Features use months t-11..t only (so a case needs a year of history): the
 * last count, 3- and 12-month means, the count in the same calendar month a year before the
 * forecast month, the forecast month's season (sine, cosine), years since the series began, and the
 * area.
 */
public final class PiracyPanel {
  public static final String[] FEATURES = {
    "log_count",
    "log_mean3",
    "log_mean12",
    "log_same_month_last_year",
    "season_sin",
    "season_cos",
    "years",
    "area_malacca_singapore",
    "area_sulu_celebes",
    "area_south_china_sea"
  };

  /** Backtests start five years into a series. */
  public static final int WARM_UP_MONTHS = 60;

  private PiracyPanel() {}

  public static Panel read(Path piracyDir, IncidentCounts.Source source) throws IOException {
    IncidentCounts counts = IncidentCounts.read(piracyDir, source);
    Map<String, Path> files = new LinkedHashMap<>();
    files.put(source.file(), piracyDir.resolve(source.file()));
    return build(counts, source.name().toLowerCase(java.util.Locale.ROOT), files);
  }

  /** Builds the panel from counts (no files touched). */
  public static Panel build(IncidentCounts counts, String source, Map<String, Path> files) {
    int first = counts.firstMonth();
    int last = counts.lastMonth();
    List<Case> cases = new ArrayList<>();
    for (SeaArea a : SeaArea.values()) {
      for (int t = first; t <= last; t++) {
        double outcome = t + 1 <= last ? counts.count(a, t + 1) : Double.NaN;
        double[] x = t - 11 >= first ? features(counts, a, t, first) : null;
        cases.add(
            new Case(key(a), a.label(), t, x, outcome, outcome, counts.count(a, t), Double.NaN));
      }
    }
    Map<String, String> notes = new LinkedHashMap<>();
    notes.put("outcome", "incidents reported in the sea area in month t+1 (source " + source + ")");
    notes.put("areasPlaced", placed(counts));
    notes.put("outsideAreas", Integer.toString(counts.outside()));
    notes.put("unplacedRecords", Integer.toString(counts.unplaced().size()));
    notes.put("seaAreas", "org.amity.event.SeaArea polygons");
    return new Panel(
        "piracy",
        "sea area",
        "month",
        1,
        1,
        FEATURES.clone(),
        cases,
        first + WARM_UP_MONTHS,
        null,
        true,
        files,
        notes);
  }

  /**
   * The merged series from the store's piracy events, with a caveat in its notes from the month
   * after IMB's reports end: from then on it counts NGA ASAM reports only (one source where there
   * were two), which the model reads as the same series.
   */
  public static Panel fromStore(PiracyMonthCounts store, String source, Map<String, Path> files) {
    IncidentCounts counts = StoreIncidentCounts.read(store, source);
    Panel p = build(counts, source, files);
    if (source.equalsIgnoreCase("merged")) {
      int imbLast =
          store.piracyMonths("imb").stream()
              .mapToInt(r -> IncidentCounts.month(r.year(), r.month()))
              .max()
              .orElse(Integer.MIN_VALUE);
      String caveat = mergedCaveat(imbLast, counts.lastMonth());
      if (caveat != null) {
        p.notes().put(Panel.CAVEAT, caveat);
      }
    }
    return p;
  }

  /** The merged series' caveat when it runs past IMB's last month, else null. */
  static String mergedCaveat(int imbLast, int mergedLast) {
    if (imbLast == Integer.MIN_VALUE) {
      return "The store holds no IMB report: the merged series counts NGA ASAM reports only.";
    }
    if (mergedLast <= imbLast) {
      return null;
    }
    return "IMB's reports end in "
        + Panel.monthLabel(imbLast)
        + ", so from "
        + Panel.monthLabel(imbLast + 1)
        + " the merged series counts NGA ASAM reports only.";
  }

  private static String placed(IncidentCounts c) {
    StringBuilder s = new StringBuilder();
    for (SeaArea a : SeaArea.values()) {
      s.append(s.length() == 0 ? "" : ", ").append(key(a)).append(' ').append(c.total(a));
    }
    return s.toString();
  }

  /** "malacca-singapore" for MALACCA_SINGAPORE. */
  public static String key(SeaArea a) {
    return a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static double[] features(IncidentCounts c, SeaArea a, int t, int first) {
    double mean3 = 0;
    double mean12 = 0;
    for (int k = 0; k < 12; k++) {
      int v = c.count(a, t - k);
      mean12 += v / 12.0;
      if (k < 3) {
        mean3 += v / 3.0;
      }
    }
    int target = (t + 1) % 12;
    double angle = 2 * Math.PI * target / 12;
    return new double[] {
      Math.log1p(c.count(a, t)),
      Math.log1p(mean3),
      Math.log1p(mean12),
      Math.log1p(c.count(a, t - 11)),
      Math.sin(angle),
      Math.cos(angle),
      (t - first) / 12.0,
      a == SeaArea.MALACCA_SINGAPORE ? 1 : 0,
      a == SeaArea.SULU_CELEBES ? 1 : 0,
      a == SeaArea.SOUTH_CHINA_SEA ? 1 : 0
    };
  }
}
