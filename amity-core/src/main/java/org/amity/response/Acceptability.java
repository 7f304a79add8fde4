package org.amity.response;

import java.util.HashMap;
import java.util.Map;
import org.amity.response.kb.ConsentKind;
import org.amity.response.kb.EaseCondition;
import org.amity.response.kb.Instrument;
import org.amity.response.kb.Lead;
import org.amity.response.kb.MeasureType;
import org.amity.response.kb.Mode;
import org.amity.response.kb.Norm;
import org.amity.response.kb.NormAttribute;
import org.amity.response.kb.NormKind;
import org.amity.response.kb.PdFunction;

/**
 * How acceptable an option is under the region's norms (domain primer section 5): one minus the
 * strain it puts on the entrenched norms, each strain being the norm's weight times the option's
 * attribute the norm is sensitive to, with heavier weights in intra-state situations. Emerging
 * norms ease named strains when their condition holds: humanitarian measures when people are in
 * need, early warning, conflict resolution led from within the region, diplomacy in a governance
 * crisis.
 */
final class Acceptability {
  static final double FLOOR = 0.05;

  private Acceptability() {}

  static double of(Candidate c, Context x) {
    Map<String, Double> strain = new HashMap<>();
    for (Norm n : x.kb().listNorms()) {
      if (n.kind() == NormKind.ENTRENCHED) {
        double w = x.intraState() ? n.intraStateWeight() : n.weight();
        strain.put(n.id(), w * attribute(n.strainedBy(), c));
      }
    }
    for (Norm n : x.kb().listNorms()) {
      if (n.kind() == NormKind.EMERGING && holds(n.when(), c, x)) {
        for (String eased : n.eases()) {
          strain.computeIfPresent(eased, (k, v) -> v * (1 - n.share()));
        }
      }
    }
    double total = strain.values().stream().mapToDouble(Double::doubleValue).sum();
    return Math.max(FLOOR, 1 - total);
  }

  static double attribute(NormAttribute a, Candidate c) {
    MeasureType m = c.measure();
    Instrument i = c.instrument();
    return switch (a) {
      case INTRUSIVENESS -> m.intrusiveness();
      case PUBLICITY -> m.publicity();
      case EXTERNAL_LEAD -> i.lead().externality();
      case BINDING -> binding(c);
    };
  }

  /**
   * Strain of a binding outcome on decision by consensus, when the parties consented to it: half,
   * since they agreed together to put the question to a court (special agreement) though the answer
   * is not theirs.
   */
  static final double CONSENTED_BINDING = 0.5;

  /**
   * How far the outcome escapes the parties' consensus: 1 when one party or others can start it
   * (compulsory procedure, council vote) or it binds without their joint submission, {@link
   * #CONSENTED_BINDING} for a binding outcome every disputant chose, 0 when nothing binds.
   */
  static double binding(Candidate c) {
    ConsentKind k = c.instrument().consentOf(c.offer());
    if (k == ConsentKind.COMPULSORY || k == ConsentKind.COUNCIL_VOTE) {
      return 1;
    }
    if (!c.measure().binding()) {
      return 0;
    }
    return k == ConsentKind.ALL_DISPUTANTS ? CONSENTED_BINDING : 1;
  }

  static boolean holds(EaseCondition when, Candidate c, Context x) {
    MeasureType m = c.measure();
    if (m.coercive()) {
      return false;
    }
    return switch (when) {
      case HUMANITARIAN_NEED -> x.humanitarianSignals() && m.humanitarian();
      case EARLY_WARNING -> m.functions().contains(PdFunction.EW);
      case CONFLICT_RESOLUTION ->
          m.functions().contains(PdFunction.CR) && c.instrument().lead() != Lead.EXTERNAL;
      case GOVERNANCE_CRISIS ->
          (x.situation().themes().contains("coup") || x.situation().themes().contains("protest"))
              && m.mode() == Mode.DIPLOMATIC;
    };
  }
}
