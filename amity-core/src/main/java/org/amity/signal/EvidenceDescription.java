package org.amity.signal;

import java.util.List;
import java.util.Set;
import org.amity.typology.ThreatProfile;
import org.amity.typology.ThreatTypeClassifier;

/**
 * What an alert's columns say about its evidence, read from its pool: the threat types, the themes,
 * the maritime and humanitarian shares, and, for a sea area, the outside great powers' share of
 * what happens there, and the same for a conflict area on land (for a country or dyad that share is
 * counted over the parties' whole traffic instead, see {@code signal.daily.PartyTraffic}). Shares
 * are rounded to three decimals, as stored. The embedded watch and the Flink job both describe
 * alerts with this.
 */
public record EvidenceDescription(
    ThreatProfile profile,
    List<String> themes,
    double maritimeShare,
    double humanitarianShare,
    double areaOutsideShare) {

  public static EvidenceDescription of(
      EvidencePool pool,
      Scope scope,
      String subject,
      Set<String> greatPowers,
      ThreatTypeClassifier classifier) {
    double area =
        ownsOutsideShare(scope)
            ? round(pool.outsidePowerShare(Scope.involved(scope, subject), greatPowers))
            : 0;
    return new EvidenceDescription(
        pool.profile(classifier),
        pool.themes(),
        round(pool.maritimeShare()),
        round(pool.humanitarianShare()),
        area);
  }

  /** The outside great powers' share for an alert on {@code scope}, given the parties' counts. */
  public double outsideShare(Scope scope, double partiesShare) {
    return ownsOutsideShare(scope) ? areaOutsideShare : partiesShare;
  }

  /**
   * Whether a scope's outside great-power share is read from its pool: a sea area's and a conflict
   * area's (what happens there), not a country's or dyad's (their parties' whole traffic).
   */
  public static boolean ownsOutsideShare(Scope scope) {
    return scope == Scope.AREA || scope == Scope.THEATRE;
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
