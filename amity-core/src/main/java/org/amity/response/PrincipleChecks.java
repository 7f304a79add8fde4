package org.amity.response;

import static org.amity.response.CheckResult.FAIL;
import static org.amity.response.CheckResult.PASS;
import static org.amity.response.CheckResult.WARNING;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.amity.response.kb.ConsentKind;
import org.amity.response.kb.Instrument;
import org.amity.response.kb.Lead;
import org.amity.response.kb.MeasureConsent;
import org.amity.response.kb.MeasureType;
import org.amity.response.kb.Mode;
import org.amity.response.kb.Principle;
import org.amity.response.kb.Stage;
import org.amity.response.kb.ThreatType;

/**
 * Applies the eight ARF principles of preventive diplomacy to an option, each through the rule the
 * knowledge base names for it. A fail means the option is not acceptable and is excluded; a warning
 * is a caveat the user must weigh. docs/response.md lists what each rule passes, warns and fails.
 */
final class PrincipleChecks {
  private PrincipleChecks() {}

  static List<PrincipleCheck> of(Candidate c, Context x, List<String> uncovered) {
    List<PrincipleCheck> out = new ArrayList<>();
    List<Principle> principles = new ArrayList<>(x.kb().listPrinciples());
    principles.sort(Comparator.comparingInt(Principle::number));
    for (Principle p : principles) {
      Verdict v = apply(p, c, x, uncovered);
      out.add(new PrincipleCheck(p.number(), p.name(), v.result, v.reason));
    }
    return out;
  }

  private record Verdict(CheckResult result, String reason) {}

  private static Verdict apply(Principle p, Candidate c, Context x, List<String> uncovered) {
    return switch (p.rule()) {
      case MODE_IS_DIPLOMATIC -> diplomatic(c.measure(), x);
      case NOT_COERCIVE -> nonCoercive(c.measure());
      case STAGE_SUITS_MEASURE -> timely(c, x);
      case PARTIES_TRUST_THIRD_PARTY -> trust(c.instrument(), x, uncovered);
      case DECIDED_BY_CONSENSUS -> consensus(c);
      case CONSENT_OF_PARTIES -> consent(c, uncovered);
      case BETWEEN_STATES -> betweenStates(x);
      case LAWFUL -> lawful(c.measure(), x);
    };
  }

  private static Verdict diplomatic(MeasureType m, Context x) {
    return switch (m.mode()) {
      case DIPLOMATIC -> new Verdict(PASS, "works by persuasion, negotiation or enquiry");
      case FUNCTIONAL -> new Verdict(WARNING, x.phrasing().functionalNotDiplomacy());
      case LEGAL ->
          new Verdict(WARNING, "settlement by a court or tribunal: beyond diplomacy, binding");
      case COERCIVE -> new Verdict(FAIL, "coercion, not diplomacy");
    };
  }

  private static Verdict nonCoercive(MeasureType m) {
    if (m.coercive()) {
      return new Verdict(FAIL, m.name().toLowerCase(Locale.ROOT) + " is coercive");
    }
    if (m.armed()) {
      return new Verdict(
          WARNING, "involves armed forces: acceptable only as agreed and not aimed at a party");
    }
    return new Verdict(PASS, "no force or sanctions");
  }

  private static Verdict timely(Candidate c, Context x) {
    Stage stage = x.situation().stage();
    boolean urgent = stage == Stage.EMERGING || stage == Stage.CRISIS;
    if (!c.readiness().level().usable() && urgent) {
      return new Verdict(
          WARNING,
          c.readiness().level().id() + ": would have to be stood up first and may come too late");
    }
    if (!c.measure().stages().contains(stage)) {
      return new Verdict(
          WARNING, "suits the " + ids(c.measure().stages()) + " stage(s), not " + stage.id());
    }
    return new Verdict(PASS, "suits the " + stage.id() + " stage");
  }

  private static Verdict trust(Instrument i, Context x, List<String> uncovered) {
    if (!uncovered.isEmpty()) {
      return new Verdict(
          WARNING,
          String.join(", ", uncovered)
              + " outside its membership may not accept it as a trusted channel");
    }
    if (i.lead() == Lead.EXTERNAL && x.intraState()) {
      return new Verdict(WARNING, "an outside third party in an internal matter");
    }
    if (i.lead() == Lead.EXTERNAL && x.situation().greatPowerParty()) {
      return new Verdict(
          WARNING,
          x.situation().greatPowerRole() == org.amity.signal.GreatPowerRole.COASTAL_STATE
              ? "an outside body in waters of which a great power is a coastal state: trust"
                  + " contested"
              : "an outside body where a great power is a party: trust contested");
    }
    return new Verdict(
        PASS, i.openToAll() ? "open to all parties" : "all parties are members and know it");
  }

  private static Verdict consensus(Candidate c) {
    if (c.measure().coercive()) {
      return new Verdict(FAIL, "imposed by one side, not agreed");
    }
    ConsentKind k = c.instrument().consentOf(c.offer());
    if (k == ConsentKind.COUNCIL_VOTE) {
      return new Verdict(WARNING, "decided by vote, where a permanent member can veto");
    }
    if (k == ConsentKind.COMPULSORY) {
      return new Verdict(WARNING, "one party can start it without the other's agreement");
    }
    if (c.measure().binding() && k == ConsentKind.ALL_DISPUTANTS) {
      return new Verdict(
          WARNING,
          "ends in a binding decision, on a question the parties agreed to submit together");
    }
    if (c.measure().binding()) {
      return new Verdict(WARNING, "ends in a binding decision, not a consensus");
    }
    return new Verdict(PASS, "works by consultation and consensus");
  }

  private static Verdict consent(Candidate c, List<String> uncovered) {
    MeasureType m = c.measure();
    if (m.coercive() || (m.territorial() && m.consent() == MeasureConsent.NONE)) {
      return new Verdict(FAIL, "imposed without the consent of the party it targets");
    }
    ConsentKind k = c.instrument().consentOf(c.offer());
    if (k == ConsentKind.COMPULSORY) {
      return new Verdict(WARNING, "consent given in advance by treaty, not for this dispute");
    }
    if (k == ConsentKind.ALL_DISPUTANTS && !uncovered.isEmpty()) {
      return new Verdict(
          WARNING, "needs the agreement of non-members " + String.join(", ", uncovered));
    }
    if (k == ConsentKind.ALL_DISPUTANTS && m.mode() == Mode.LEGAL) {
      return new Verdict(
          PASS, "only if every party agrees to submit the dispute (special agreement)");
    }
    return new Verdict(PASS, "only with the consent of those concerned");
  }

  private static Verdict betweenStates(Context x) {
    if (x.situation().is(ThreatType.INTER_STATE)) {
      return new Verdict(PASS, "a matter between states");
    }
    String kind = x.intraState() ? "intra-state" : "trans-state";
    return new Verdict(WARNING, x.phrasing().outsideInterStateScope(kind));
  }

  private static Verdict lawful(MeasureType m, Context x) {
    if (m.coercive() && m.territorial()) {
      return new Verdict(
          FAIL, "entering a state's territory without consent breaches territorial integrity");
    }
    if (m.coercive()) {
      return new Verdict(WARNING, "lawful only within the limits of the UN Charter");
    }
    if (x.intraState() && m.intrusiveness() >= 0.6) {
      return new Verdict(
          WARNING, "intrusive in internal affairs: lawful only at the state's express request");
    }
    return new Verdict(PASS, "respects sovereignty and territorial integrity");
  }

  private static String ids(java.util.Set<Stage> stages) {
    return String.join(", ", stages.stream().sorted().map(Stage::id).toList());
  }
}
