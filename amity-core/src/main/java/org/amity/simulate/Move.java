package org.amity.simulate;

import java.time.LocalDate;
import org.amity.event.CameoCodebook;

/**
 * One kind of act in an episode script: who does what to whom and where, and how often in each
 * phase of the episode (weights relative to the script's other moves).
 *
 * @param source who acts
 * @param target who is acted upon
 * @param codes CAMEO event codes, weighted
 * @param where places, weighted
 * @param mutual whether source and target swap sides half of the time (both accuse each other)
 * @param rise weight while the episode builds up
 * @param peak weight around the peak
 * @param fall weight while it decays
 */
record Move(
    Weighted<SimActor> source,
    Weighted<SimActor> target,
    Weighted<String> codes,
    Weighted<Place> where,
    boolean mutual,
    double rise,
    double peak,
    double fall) {

  double weight(IntensityCurve.Phase phase) {
    return switch (phase) {
      case RISE -> rise;
      case PEAK -> peak;
      case FALL -> fall;
    };
  }

  /** One incident of this move on a day. */
  Incident incident(LocalDate day, String origin, Chance c) {
    SimActor a = source.pick(c);
    SimActor b = target.pick(c);
    if (mutual && c.chance(0.5)) {
      SimActor t = a;
      a = b;
      b = t;
    }
    return new Incident(
        day, a, b, CameoCodebook.standard().get(codes.pick(c)), where.pick(c), origin);
  }
}
