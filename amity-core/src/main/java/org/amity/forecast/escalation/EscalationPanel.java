package org.amity.forecast.escalation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.forecast.backtest.Case;
import org.amity.forecast.backtest.Panel;

/**
 * Escalation of a directed dyad from event indicators, as a dyad-month target. A dyad escalates in
 * month m when its conflict events (verbal plus material) number at least {@link #MIN_EVENTS} and
 * at least {@link #RATIO} times its mean over the twelve months before m: a sharp rise against its
 * own recent past, so a dyad that is always hostile does not count as escalating. From data up to
 * month t the model forecasts escalation in t+1. Features use months t-11..t only.
 */
public final class EscalationPanel {
  public static final int MIN_EVENTS = 3;
  public static final int RATIO = 2;
  public static final int WARM_UP_MONTHS = 60;
  public static final String FILE = "icews_scs_dyad_month_1991-2012.csv";

  public static final String[] FEATURES = {
    "log_verbal_coop", "log_material_coop", "log_verbal_conflict", "log_material_conflict",
    "log_conflict_mean3", "log_conflict_mean12", "log_coop_mean12", "conflict_share3",
    "log_volume_all_dyads", "escalated_now", "escalations_last12", "involves_china"
  };

  private EscalationPanel() {}

  public static Panel read(Path dir) throws IOException {
    Map<String, Path> files = new LinkedHashMap<>();
    files.put(FILE, dir.resolve(FILE));
    return build(DyadMonths.read(dir.resolve(FILE)), files);
  }

  /**
   * Whether the dyad escalated in month m (NaN without a year of history before m). The rule "at
   * least RATIO times the mean of the twelve months before" is tested on whole counts, {@code now *
   * 12 >= RATIO * sum}, so a month exactly on the threshold counts: a mean summed as twelve
   * floating-point twelfths can land just above the true one (MYS>IDN 2003-11: 36 events in the
   * year before add up to 3.0000000000000004, not 3), and its 6 events would fail the rule they
   * meet.
   */
  static double escalated(DyadMonths d, String dyad, int m) {
    if (m - 12 < d.firstMonth() || m > d.lastMonth()) {
      return Double.NaN;
    }
    long before = 0;
    for (int k = 1; k <= 12; k++) {
      before += conflict(d.cell(dyad, m - k));
    }
    long now = conflict(d.cell(dyad, m));
    return now >= MIN_EVENTS && now * 12 >= RATIO * before ? 1 : 0;
  }

  static int conflict(int[] c) {
    return c[DyadMonths.VERBAL_CONFLICT] + c[DyadMonths.MATERIAL_CONFLICT];
  }

  public static Panel build(DyadMonths d, Map<String, Path> files) {
    List<Case> cases = new ArrayList<>();
    for (String dyad : d.dyads()) {
      for (int t = d.firstMonth(); t <= d.lastMonth(); t++) {
        double now = escalated(d, dyad, t);
        double outcome = t + 1 <= d.lastMonth() ? escalated(d, dyad, t + 1) : Double.NaN;
        double[] x = Double.isNaN(now) ? null : features(d, dyad, t, now);
        cases.add(new Case(dyad, d.name(dyad), t, x, outcome, outcome, now, Double.NaN));
      }
    }
    Map<String, String> notes = new LinkedHashMap<>();
    notes.put(
        "outcome",
        "escalation in t+1: conflict events >= "
            + MIN_EVENTS
            + " and >= "
            + RATIO
            + " x the dyad's mean of the 12 months before");
    notes.put("skippedRows", Integer.toString(d.skipped()));
    notes.put("dyads", Integer.toString(d.dyads().size()));
    return new Panel(
        "escalation",
        "dyad",
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

  /** China as COW 710 (the CSV file) or ISO3 CHN (the store's series). */
  static boolean involvesChina(String dyad) {
    for (String side : dyad.split(">")) {
      if (side.equals("710") || side.equals("CHN")) {
        return true;
      }
    }
    return false;
  }

  static double[] features(DyadMonths d, String dyad, int t, double now) {
    int[] c = d.cell(dyad, t);
    double k3 = 0;
    double all3 = 0;
    double k12 = 0;
    double coop12 = 0;
    int escalations = 0;
    for (int k = 0; k < 12; k++) {
      int[] e = d.cell(dyad, t - k);
      int kc = conflict(e);
      k12 += kc / 12.0;
      coop12 += (e[DyadMonths.VERBAL_COOP] + e[DyadMonths.MATERIAL_COOP]) / 12.0;
      if (k < 3) {
        k3 += kc / 3.0;
        all3 += (e[0] + e[1] + e[2] + e[3]) / 3.0;
      }
      double esc = escalated(d, dyad, t - k);
      escalations += esc > 0.5 ? 1 : 0;
    }
    return new double[] {
      Math.log1p(c[0]),
      Math.log1p(c[1]),
      Math.log1p(c[2]),
      Math.log1p(c[3]),
      Math.log1p(k3),
      Math.log1p(k12),
      Math.log1p(coop12),
      k3 / (all3 + 1),
      Math.log1p(d.total(t)),
      now,
      escalations,
      involvesChina(dyad) ? 1 : 0
    };
  }
}
