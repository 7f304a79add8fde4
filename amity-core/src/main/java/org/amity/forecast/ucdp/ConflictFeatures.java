package org.amity.forecast.ucdp;

/**
 * A country's armed-conflict history as of the end of year t: only years up to t are looked at,
 * which is what makes these features safe to forecast with.
 */
public final class ConflictFeatures {
  public static final String[] NAMES = {
    "conflict_active",
    "war_active",
    "conflicts_count",
    "conflict_years_last5",
    "war_years_last5",
    "years_since_conflict_log2",
    "years_since_war_log2"
  };

  private ConflictFeatures() {}

  /** The features of country {@code gwno} at the end of year {@code t}. */
  public static double[] at(ConflictHistory h, int gwno, int t) {
    ConflictHistory.State now = h.state(gwno, t);
    int conflictYears = 0;
    int warYears = 0;
    for (int y = t - 4; y <= t; y++) {
      ConflictHistory.State s = h.state(gwno, y);
      conflictYears += s.active() ? 1 : 0;
      warYears += s.war() ? 1 : 0;
    }
    // years since the last conflict (war) year up to t; the whole record when there was none
    int sinceConflict = -1;
    int sinceWar = -1;
    for (int y = t; y >= h.firstYear() && sinceWar < 0; y--) {
      ConflictHistory.State s = h.state(gwno, y);
      if (s.active() && sinceConflict < 0) {
        sinceConflict = t - y;
      }
      if (s.war()) {
        sinceWar = t - y;
      }
    }
    int record = t - h.firstYear() + 1;
    sinceConflict = sinceConflict < 0 ? record : sinceConflict;
    sinceWar = sinceWar < 0 ? record : sinceWar;
    return new double[] {
      now.active() ? 1 : 0,
      now.war() ? 1 : 0,
      now.conflicts(),
      conflictYears,
      warYears,
      log2(1 + sinceConflict),
      log2(1 + sinceWar)
    };
  }

  private static double log2(double v) {
    return Math.log(v) / Math.log(2);
  }
}
