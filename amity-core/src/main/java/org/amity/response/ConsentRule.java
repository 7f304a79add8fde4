package org.amity.response;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.amity.response.kb.Instrument;
import org.amity.response.kb.MeasureConsent;
import org.amity.response.kb.Mode;

/**
 * Whose consent an option needs, and why: what the instrument needs (all disputants, the affected
 * state's request, its members' consensus, nothing beyond joining) plus what the measure needs (all
 * parties, the host state, a consensus). In an intra-state situation the state concerned must
 * always agree, whatever the instrument.
 */
final class ConsentRule {
  private ConsentRule() {}

  record Need(List<String> states, String reason) {}

  static Need of(Candidate c, Context x) {
    Instrument i = c.instrument();
    Set<String> states = new LinkedHashSet<>();
    List<String> why = new ArrayList<>();
    List<String> parties = x.parties();
    switch (i.consentOf(c.offer())) {
      case ALL_DISPUTANTS -> {
        states.addAll(parties);
        why.add(
            c.measure().mode() == Mode.LEGAL
                ? "the parties must submit the dispute together, by special agreement"
                : "every party must accept it");
      }
      case AFFECTED_STATE -> {
        states.addAll(parties);
        why.add("it acts only at the request of the state(s) concerned");
      }
      case MEMBER_CONSENSUS -> why.add("a mechanism its members agreed by consensus");
      case NONE -> why.add("members consented when they joined");
      case COMPULSORY -> why.add("jurisdiction was accepted in advance by treaty or declaration");
      case COUNCIL_VOTE -> why.add("decided by a council vote, not by the parties");
    }
    MeasureConsent mc = c.measure().consent();
    if (mc == MeasureConsent.ALL_PARTIES || mc == MeasureConsent.HOST_STATE) {
      if (states.addAll(parties)) {
        why.add(
            mc == MeasureConsent.HOST_STATE
                ? "it takes place on the territory of the state(s) concerned"
                : "the measure needs every party's agreement");
      }
    } else if (mc == MeasureConsent.MEMBER_CONSENSUS) {
      states.addAll(i.openToAll() ? parties : new TreeSet<>(i.members()));
      why.add("a collective act: all its members must agree");
    }
    if (x.intraState() && !states.containsAll(parties)) {
      states.addAll(parties);
      why.add("an internal matter: the state concerned must agree");
    } else if (x.intraState()) {
      why.add("an internal matter: nothing without the state concerned");
    }
    List<String> ordered = new ArrayList<>();
    for (String p : parties) {
      if (states.remove(p)) {
        ordered.add(p);
      }
    }
    ordered.addAll(new TreeSet<>(states));
    return new Need(ordered, String.join("; ", why));
  }
}
