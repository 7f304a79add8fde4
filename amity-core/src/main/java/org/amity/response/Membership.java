package org.amity.response;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.amity.response.kb.Instrument;
import org.amity.response.kb.MeasureConsent;
import org.amity.response.kb.ThreatType;

/**
 * Does an instrument's membership cover the parties? No party a member: excluded. Some parties
 * outside: flagged, and the coverage factor drops with the share left out (the Sulu-Celebes
 * arrangement has three members; Indonesia and Malaysia are not ReCAAP parties). In a dispute
 * between states, a force-bound code (CUES binds navies, not coast guards) is excluded when the
 * forces involved are all outside it, and flagged when the forces are unknown. Small groups whose
 * members are mostly the parties get a slight edge: they act faster on their own members' problems.
 */
final class Membership {
  static final double UNKNOWN_FORCES = 0.8;

  /**
   * A statement, meeting or declaration is an act of the members: it can address a non-member
   * party, at reduced effect, so partial coverage costs it only half as much.
   */
  static final double MEMBER_ACT_FLOOR = 0.5;

  private Membership() {}

  /** The coverage factor, the parties left out, caveats, and an exclusion reason or null. */
  record Coverage(double factor, List<String> uncovered, List<String> flags, String exclusion) {}

  static Coverage of(Candidate c, Context x) {
    Instrument i = c.instrument();
    List<String> parties = x.parties();
    List<String> uncovered = new ArrayList<>();
    for (String p : parties) {
      if (!i.covers(p)) {
        uncovered.add(p);
      }
    }
    int covered = parties.size() - uncovered.size();
    if (covered == 0) {
      return new Coverage(
          0,
          uncovered,
          List.of(),
          "membership does not cover the parties: none of "
              + parties
              + " is a member of "
              + i.name());
    }
    List<String> flags = new ArrayList<>();
    double forceFactor = 1;
    if (!i.forces().isEmpty() && x.situation().is(ThreatType.INTER_STATE)) {
      Set<String> involved = x.situation().forces();
      if (!involved.isEmpty() && Collections.disjoint(involved, i.forces())) {
        return new Coverage(
            0,
            uncovered,
            List.of(),
            "binds only "
                + String.join(", ", i.forces())
                + ", but the forces involved are "
                + String.join(", ", involved.stream().sorted().toList()));
      }
      if (involved.isEmpty()) {
        forceFactor = UNKNOWN_FORCES;
        flags.add(
            "binds only "
                + String.join(", ", i.forces())
                + " (not coast guards or maritime militia unless listed): check which forces are"
                + " involved");
      }
    }
    if (!uncovered.isEmpty()) {
      flags.add(
          String.join(", ", uncovered)
              + (uncovered.size() == 1 ? " is not a member" : " are not members")
              + ": membership covers "
              + covered
              + " of "
              + parties.size()
              + " parties");
    }
    double fraction = covered / (double) parties.size();
    if (c.measure().consent() == MeasureConsent.MEMBER_CONSENSUS) {
      fraction = MEMBER_ACT_FLOOR + (1 - MEMBER_ACT_FLOOR) * fraction;
    }
    double focus = i.openToAll() ? 0 : covered / (double) i.members().size();
    return new Coverage(fraction * (0.85 + 0.15 * focus) * forceFactor, uncovered, flags, null);
  }
}
