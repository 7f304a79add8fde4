package org.amity.response;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.amity.response.kb.Level;
import org.amity.response.kb.PdFunction;
import org.amity.response.kb.Stage;
import org.amity.response.kb.ThreatType;

/**
 * Which prevention functions a situation calls for, from 0 to 1. The stage sets the base (a latent
 * dispute needs confidence and norm building, a crisis needs crisis management and conflict
 * resolution); the warning level, the threat types and humanitarian signals shift it: trans-state
 * threats call for early warning and practical response (ASEAN's functional cooperation),
 * humanitarian need for response, an alert for crisis management. The result is scaled so that the
 * most needed function is 1.
 */
final class FunctionNeeds {
  private FunctionNeeds() {}

  //                                    CBM   NB    EW    PR    CM    CR
  private static final double[] LATENT = {1.0, 0.9, 0.9, 0.4, 0.2, 0.5};
  private static final double[] EMERGING = {0.8, 0.4, 1.0, 0.6, 0.7, 0.7};
  private static final double[] CRISIS = {0.3, 0.2, 0.6, 0.8, 1.0, 0.8};
  private static final double[] POST_CRISIS = {0.8, 0.7, 0.6, 0.5, 0.4, 1.0};

  static Map<PdFunction, Double> of(SituationProfile s, boolean humanitarian) {
    double[] v = base(s.stage()).clone();
    if (s.level() == Level.ALERT) {
      v[PdFunction.CM.ordinal()] += 0.2;
    } else if (s.level() == Level.WATCH) {
      v[PdFunction.CBM.ordinal()] += 0.1;
      v[PdFunction.NB.ordinal()] += 0.1;
      v[PdFunction.EW.ordinal()] += 0.1;
    }
    if (s.is(ThreatType.TRANS_STATE)) {
      v[PdFunction.EW.ordinal()] += 0.2;
      v[PdFunction.PR.ordinal()] += 0.3;
    }
    if (s.is(ThreatType.INTER_STATE)) {
      v[PdFunction.CBM.ordinal()] += 0.1;
      v[PdFunction.CR.ordinal()] += 0.1;
    }
    if (s.is(ThreatType.INTRA_STATE)) {
      v[PdFunction.CR.ordinal()] += 0.1;
    }
    if (legalDispute(s)) {
      v[PdFunction.CR.ordinal()] =
          Math.max(v[PdFunction.CR.ordinal()], v[PdFunction.CBM.ordinal()]);
    }
    if (humanitarian) {
      v[PdFunction.PR.ordinal()] += 0.3;
      v[PdFunction.CM.ordinal()] += 0.1;
    }
    double max = 0;
    for (double x : v) {
      max = Math.max(max, x);
    }
    Map<PdFunction, Double> out = new EnumMap<>(PdFunction.class);
    for (PdFunction f : PdFunction.values()) {
      out.put(f, v[f.ordinal()] / max);
    }
    return out;
  }

  /**
   * Themes that are questions of title or of a boundary between states: legal disputes, which the
   * TAC (chapter IV) asks the parties to settle by peaceful means and which confidence building
   * only manages, however quiet they are.
   */
  static final Set<String> LEGAL_THEMES = Set.of("territory", "border");

  /**
   * A dispute between states over title or a boundary: conflict resolution is needed at least as
   * much as confidence building, at every stage (a latent dispute over an island is still a dispute
   * to be settled).
   */
  static boolean legalDispute(SituationProfile s) {
    return s.is(ThreatType.INTER_STATE) && s.themes().stream().anyMatch(LEGAL_THEMES::contains);
  }

  private static double[] base(Stage stage) {
    return switch (stage) {
      case LATENT -> LATENT;
      case EMERGING -> EMERGING;
      case CRISIS -> CRISIS;
      case POST_CRISIS -> POST_CRISIS;
    };
  }
}
