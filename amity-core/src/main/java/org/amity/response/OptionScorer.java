package org.amity.response;

import java.util.EnumSet;
import java.util.Set;
import org.amity.response.kb.ConsentKind;
import org.amity.response.kb.Domain;
import org.amity.response.kb.Instrument;
import org.amity.response.kb.MeasureType;
import org.amity.response.kb.Mode;
import org.amity.response.kb.PdFunction;
import org.amity.response.kb.Sector;
import org.amity.response.kb.ThreatType;

/** Computes the named factors of an option's score (see {@link ScoreFactors}). */
final class OptionScorer {
  /** Fit when the situation's stage is not one the measure suits. */
  static final double OFF_STAGE = 0.6;

  /** Fit of a humanitarian measure where there are no humanitarian signals. */
  static final double NO_HUMANITARIAN_NEED = 0.3;

  /** Fit with no themes to compare sectors against. */
  static final double NO_THEMES = 0.75;

  private OptionScorer() {}

  static ScoreFactors score(Candidate c, Context x, double coverage) {
    return new ScoreFactors(
        functionFit(c, x),
        coverage,
        domain(c.instrument(), x),
        mandate(c.instrument(), x),
        c.readiness().level().factor(),
        Acceptability.of(c, x),
        greatPower(c, x));
  }

  /**
   * How well the measure serves what the situation needs: the best-served needed function (with a
   * fifth for the others), times fit to the stage, to the threat types (of both measure and
   * instrument), and to humanitarian need for humanitarian measures.
   */
  static double functionFit(Candidate c, Context x) {
    MeasureType m = c.measure();
    Set<PdFunction> fns = EnumSet.copyOf(m.functions());
    fns.retainAll(c.instrument().functions());
    if (fns.isEmpty()) {
      fns.addAll(m.functions());
    }
    double max = 0;
    double sum = 0;
    for (PdFunction f : fns) {
      double need = x.needs().get(f);
      max = Math.max(max, need);
      sum += need;
    }
    double fit = 0.8 * max + 0.2 * sum / fns.size();
    if (!m.stages().contains(x.situation().stage())) {
      fit *= OFF_STAGE;
    }
    boolean measureFits = overlaps(m.threatTypes(), x.situation().threatTypes());
    boolean instrumentFits =
        overlaps(c.instrument().threatTypesOf(c.offer()), x.situation().threatTypes());
    fit *= measureFits && instrumentFits ? 1.0 : measureFits || instrumentFits ? 0.6 : 0.3;
    if (m.humanitarian() && !x.humanitarianSignals()) {
      fit *= NO_HUMANITARIAN_NEED;
    }
    return fit;
  }

  private static boolean overlaps(Set<ThreatType> a, Set<ThreatType> b) {
    for (ThreatType t : a) {
      if (b.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Fit of a general body (one that works both at sea and on land) relative to an instrument made
   * for the situation's own domain: the DOC, CUES or the coast guard forum carry the rules and
   * channels of encounters at sea that a general forum must first create.
   */
  static final double GENERALIST = 0.7;

  /**
   * Sea or land is checked before scoring; this is the share of the themes' sectors it covers,
   * lowered by {@link #GENERALIST} for a body not made for the situation's domain alone.
   */
  static double domain(Instrument i, Context x) {
    double specialised =
        x.situation().domainKnown()
                && i.geography().size() == 1
                && i.geography().contains(x.situation().domain())
            ? 1.0
            : GENERALIST;
    if (x.sectors().isEmpty()) {
      return NO_THEMES * specialised;
    }
    int shared = 0;
    for (Sector s : x.sectors()) {
      if (i.sectors().contains(s)) {
        shared++;
      }
    }
    return (0.4 + 0.6 * shared / x.sectors().size()) * specialised;
  }

  /**
   * Mandate of a general body (summit, foreign ministers, the ARF) when the situation's challenge
   * has bodies made for it: the region's practice is to leave a functional challenge to the body
   * its members set up for it (AMMTC for transnational crime, the haze agreement for haze, the AHA
   * Centre for disasters), with the general bodies convening and endorsing.
   */
  static final double GENERAL = 0.75;

  /**
   * Mandate of a body made for other challenges than the situation's (the haze agreement for a
   * pandemic).
   */
  static final double ELSEWHERE = 0.5;

  /**
   * Whether the instrument was made for the situation's challenge: its mandate (the themes named by
   * its founding document) shares a theme with the situation (1), it is a general body ({@link
   * #GENERAL}) or it was made for something else ({@link #ELSEWHERE}). Without themes the roles
   * turn: nothing says the challenge is one a specialised body was made for, so the general bodies,
   * which take up anything, get 1 and a specialised one {@link #GENERAL} (audit2 D19: the Mekong
   * River Commission second for Thailand's police against its own criminals).
   */
  static double mandate(Instrument i, Context x) {
    if (outsideWaters(i, x)) {
      return ELSEWHERE;
    }
    if (x.situation().themes().isEmpty()) {
      return i.specialised() ? GENERAL : 1.0;
    }
    if (!i.specialised()) {
      return GENERAL;
    }
    for (String t : x.situation().themes()) {
      if (i.mandate().contains(t)) {
        return 1.0;
      }
    }
    return ELSEWHERE;
  }

  /**
   * Whether an instrument made for the disputes of one sea (the DOC: the South China Sea disputes
   * between China and the ASEAN claimants) meets a situation at sea with a party outside those
   * disputes: its rules and channels were made for other waters and other parties, so it counts as
   * made for another challenge ({@link #ELSEWHERE}).
   */
  static boolean outsideWaters(Instrument i, Context x) {
    return (x.situation().domain() == Domain.MARITIME || !x.situation().domainKnown())
        && i.findWaters().map(w -> !w.parties().containsAll(x.parties())).orElse(false);
  }

  /**
   * Whether an instrument was made for other challenges and works in none of the situation's
   * sectors (the Mekong River Commission in a coup): nothing in the situation is its business, so
   * its coverage of the parties must not lift it above the options that fit. Such options are
   * ranked after all others.
   */
  static boolean offMandate(Instrument i, Context x) {
    if (x.situation().themes().isEmpty() || !i.specialised()) {
      return false;
    }
    for (String t : x.situation().themes()) {
      if (i.mandate().contains(t)) {
        return false;
      }
    }
    for (Sector s : x.sectors()) {
      if (i.sectors().contains(s)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the option is a binding settlement that the disputing states must submit together (a
   * court seized by special agreement) in a situation inside a state with no dispute between states
   * (intra-state, not inter-state): a special agreement is made between states in dispute, and here
   * there is no dispute between states to put to a court, so the option is listed after every
   * option that fits, whatever its score (round 30: the court by special agreement was third for
   * carrying out the Paris agreements in Cambodia, 1992). A court seized on one state's application
   * is not covered: a state may bring a treaty claim about a crisis inside another (The Gambia v.
   * Myanmar, 2019), and that option keeps its score and place.
   */
  static boolean noDisputeBetweenStates(Candidate c, Context x) {
    Set<ThreatType> types = x.situation().threatTypes();
    return types.contains(ThreatType.INTRA_STATE)
        && !types.contains(ThreatType.INTER_STATE)
        && c.measure().mode() == Mode.LEGAL
        && c.measure().binding()
        && c.instrument().consentOf(c.offer()) == ConsentKind.ALL_DISPUTANTS;
  }

  /**
   * Whether the option is listed after every option that fits: its instrument is off mandate
   * ({@link #offMandate}) or it needs a dispute between states that the situation does not have
   * ({@link #noDisputeBetweenStates}).
   */
  static boolean listedLast(Candidate c, Context x) {
    return offMandate(c.instrument(), x) || noDisputeBetweenStates(c, x);
  }

  /**
   * Great-power involvement lowers the expected success of every regional initiative, least for
   * ASEAN-led options (ASEAN centrality), more for those led by some regional states, most for
   * those led from outside. A council that decides by vote can be blocked by a great-power party's
   * veto, which halves its modifier again; so does a binding settlement that a great-power party
   * would have to accept ({@link #greatPowerMustSubmit}).
   */
  static double greatPower(Candidate c, Context x) {
    Instrument i = c.instrument();
    double penalty =
        switch (i.lead()) {
          case ASEAN -> 0.15;
          case REGIONAL -> 0.25;
          case EXTERNAL -> 0.5;
        };
    double modifier = 1 - x.pressure() * penalty;
    if (i.consentOf(c.offer()) == ConsentKind.COUNCIL_VOTE && x.situation().greatPowerParty()) {
      modifier *= 0.5;
    }
    if (greatPowerMustSubmit(c, x)) {
      modifier *= 0.5;
    }
    return modifier;
  }

  /**
   * Whether a great power that is a party would have to agree to be bound by a third party (a
   * special agreement to go to court): its agreement is a veto, as in a council vote, and great
   * powers party to the region's disputes have kept them away from binding settlement.
   */
  static boolean greatPowerMustSubmit(Candidate c, Context x) {
    return x.situation().greatPowerParty()
        && c.measure().binding()
        && c.instrument().consentOf(c.offer()) == ConsentKind.ALL_DISPUTANTS;
  }
}
