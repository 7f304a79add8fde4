package org.amity.forecast.ucdp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.amity.forecast.backtest.Case;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.ewp.EwpPanel;
import org.amity.forecast.ewp.EwpPredictors;
import org.amity.forecast.rates.FeatureSet;
import org.amity.forecast.rates.OnsetRates;

/**
 * Armed conflict (UCDP/PRIO) as a country-year backtest target. Two events: onset (a country with
 * no state-based conflict located in it in year t has one in t+1, or within t+1..t+2 for horizon 2)
 * and escalation to war (a country not at war in t has a conflict with 1,000+ battle deaths in t+1,
 * or within two years). Only countries at risk in year t (not already in that state) are cases.
 * Features are EWP's structural predictors of the country in year t plus its conflict history up to
 * t ({@link ConflictFeatures}). The country list and years come from the EWP panel; UCDP locations
 * are matched on the Gleditsch-Ward code, with unified Yemen (678 in UCDP from 1990) mapped to
 * EWP's 679.
 */
public final class UcdpPanel {
  /** The event forecast. */
  public enum Event {
    ONSET,
    WAR
  }

  /** First origin backtested: after the Cold War, with three decades of history to learn from. */
  public static final int FIRST_ORIGIN = 1990;

  private UcdpPanel() {}

  /**
   * Reads UCDP from {@code dataDir/ucdp} and the EWP files from {@code dataDir/ewp-statrisk-2025}.
   */
  public static Panel read(Path dataDir, Event event, int horizon) throws IOException {
    return read(dataDir, event, horizon, FeatureSet.BASE);
  }

  /**
   * As {@link #read(Path, Event, int)} with a feature set: {@code rates} adds the onset-rate
   * features ({@link OnsetRates}) of the event itself.
   */
  public static Panel read(Path dataDir, Event event, int horizon, FeatureSet featureSet)
      throws IOException {
    Path ewpDir = dataDir.resolve("ewp-statrisk-2025");
    Path bd = ewpDir.resolve("BattleDeaths_v25_1.csv");
    ConflictHistory h = ConflictHistory.read(dataDir.resolve("ucdp"), bd);
    List<EwpPredictors.Row> rows = EwpPredictors.read(ewpDir.resolve(EwpPanel.PREDICTORS));
    Map<String, Path> files = new LinkedHashMap<>();
    files.put("ucdp", dataDir.resolve("ucdp"));
    files.put("BattleDeaths_v25_1.csv", bd);
    files.put(EwpPanel.PREDICTORS, ewpDir.resolve(EwpPanel.PREDICTORS));
    return build(h, rows, event, horizon, featureSet, files);
  }

  /** Builds the panel from a conflict history and EWP country-years (no files touched). */
  public static Panel build(
      ConflictHistory h,
      List<EwpPredictors.Row> rows,
      Event event,
      int horizon,
      Map<String, Path> files) {
    return build(h, rows, event, horizon, FeatureSet.BASE, files);
  }

  /** As above, with a feature set. */
  public static Panel build(
      ConflictHistory h,
      List<EwpPredictors.Row> rows,
      Event event,
      int horizon,
      FeatureSet featureSet,
      Map<String, Path> files) {
    if (horizon != 1 && horizon != 2) {
      throw new IllegalArgumentException("UCDP horizon must be 1 or 2 years, not " + horizon);
    }
    String[] base = features();
    String[] features = featureSet.names(base);
    OnsetRates rates = featureSet == FeatureSet.RATES ? rates(h, rows, event) : null;
    List<Case> cases = new ArrayList<>();
    for (EwpPredictors.Row r : rows) {
      int t = r.year();
      if (t < h.firstYear() || t > h.lastYear()) {
        continue;
      }
      int g = gwno(r.ccode(), t);
      if (in(h.state(g, t), event)) {
        continue; // already in that state: not at risk of its onset
      }
      double outcome = Double.NaN;
      if (t + horizon <= h.lastYear()) {
        boolean happens = false;
        for (int k = 1; k <= horizon; k++) {
          happens |= in(h.state(g, t + k), event);
        }
        outcome = happens ? 1 : 0;
      }
      double[] x = null;
      if (r.complete()) {
        double[] c = ConflictFeatures.at(h, g, t);
        x = new double[base.length];
        System.arraycopy(r.x(), 0, x, 0, r.x().length);
        System.arraycopy(c, 0, x, r.x().length, c.length);
        if (rates != null) {
          x = rates.extend(x, r.name(), OnsetRates.continent(r.ccode()), t);
        }
      }
      cases.add(
          new Case(
              r.name(),
              org.amity.forecast.ewp.EwpNames.display(r.name()),
              t,
              x,
              outcome,
              outcome,
              0,
              Double.NaN));
    }
    Map<String, String> notes = new LinkedHashMap<>();
    notes.put(
        "outcome",
        (event == Event.ONSET
                ? "onset of state-based armed conflict (25+ battle deaths) located in the country"
                : "escalation to war (a conflict with 1,000+ battle deaths) located in the country")
            + (horizon == 1 ? " in t+1" : " in t+1 or t+2")
            + ", among countries not in that state in t");
    notes.put("unmatchedLocations", unmatched(h, rows).toString());
    notes.put("featureSet", featureSet.label());
    return new Panel(
        event == Event.ONSET ? "ucdp" : "ucdp-war",
        "country",
        "year",
        horizon,
        horizon,
        features,
        cases,
        FIRST_ORIGIN,
        null,
        false,
        files,
        notes);
  }

  /**
   * The event's onsets among the panel's countries: a country-year is at risk when the country was
   * not in that state the year before, and an onset when it then is.
   */
  static OnsetRates rates(ConflictHistory h, List<EwpPredictors.Row> rows, Event event) {
    List<OnsetRates.UnitYear> out = new ArrayList<>();
    for (EwpPredictors.Row r : rows) {
      int y = r.year();
      if (y <= h.firstYear() || y > h.lastYear()) {
        continue;
      }
      boolean risk = !in(h.state(gwno(r.ccode(), y - 1), y - 1), event);
      boolean onset = risk && in(h.state(gwno(r.ccode(), y), y), event);
      out.add(new OnsetRates.UnitYear(r.name(), OnsetRates.continent(r.ccode()), y, risk, onset));
    }
    return OnsetRates.of(out);
  }

  private static boolean in(ConflictHistory.State s, Event e) {
    return e == Event.ONSET ? s.active() : s.war();
  }

  public static String[] features() {
    String[] f = new String[EwpPanel.FEATURES.length + ConflictFeatures.NAMES.length];
    System.arraycopy(EwpPanel.FEATURES, 0, f, 0, EwpPanel.FEATURES.length);
    System.arraycopy(
        ConflictFeatures.NAMES, 0, f, EwpPanel.FEATURES.length, ConflictFeatures.NAMES.length);
    return f;
  }

  /** EWP's code to UCDP's for a year: the only difference that matters is unified Yemen. */
  static int gwno(int ccode, int year) {
    return ccode == 679 && year >= 1990 ? 678 : ccode;
  }

  /** UCDP locations that match no EWP country (so their conflicts are not in the panel). */
  static Set<Integer> unmatched(ConflictHistory h, List<EwpPredictors.Row> rows) {
    Set<Integer> known = new TreeSet<>();
    for (EwpPredictors.Row r : rows) {
      known.add(gwno(r.ccode(), r.year()));
    }
    Set<Integer> out = new TreeSet<>(h.locations());
    out.removeAll(known);
    return out;
  }
}
