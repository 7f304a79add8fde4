package org.amity.typology;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.amity.event.Actor;
import org.amity.event.Event;

/**
 * Classifies one event. The rules, in the order they are tried:
 *
 * <ol>
 *   <li>trans-state when the event is a maritime incident report, or an actor is a criminal (CRM),
 *       refugee or migrant (REF), or international militarised group (IMG), or a known
 *       transnational armed group (al-Qaeda, Islamic State, Jemaah Islamiyah; Abu Sayyaf at sea),
 *       or the event is humanitarian distress (appeals for or delivery of humanitarian aid,
 *       asylum), or a hijacking or kidnapping at sea;
 *   <li>inter-state when both actors are state actors (government, military, police, intelligence,
 *       judiciary, legislature, or the state itself) of two different countries;
 *   <li>intra-state when the actors are of one country (or one side has no country) and at least
 *       one is non-state (rebels, insurgents, separatists, opposition, protesters, civilians,
 *       ethnic or religious groups, unaligned armed groups), or both are organs of the same state
 *       (a coup is the army against the government), or it is a protest inside a country.
 * </ol>
 *
 * An event may get several types (a transnational group fighting a state's army inside that state
 * is trans-state and intra-state); it may get none (two companies signing a deal).
 */
public final class ThreatTypeClassifier {
  private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");
  private static final Set<String> NON_STATE =
      Set.of("REB", "INS", "SEP", "OPP", "UAF", "RAD", "CVL", "REL", "ETH", "LAB", "EDU", "MOD");
  private static final Set<String> TRANS = Set.of("CRM", "REF", "IMG");
  private static final Set<String> TRANS_GROUPS = Set.of("ALQ", "ISL", "ISI", "JIS", "JEI");
  private static final Set<String> HUMANITARIAN =
      Set.of("0233", "0333", "073", "0863", "1033", "075");

  public Set<ThreatType> classify(Event e) {
    Set<ThreatType> types = EnumSet.noneOf(ThreatType.class);
    Actor a = e.source();
    Actor b = e.target();
    if (isTrans(e, a, b)) {
      types.add(ThreatType.TRANS_STATE);
    }
    boolean stateA = isState(a);
    boolean stateB = isState(b);
    String ca = a.country();
    String cb = b.country();
    if (stateA && stateB && ca != null && cb != null && !ca.equals(cb)) {
      types.add(ThreatType.INTER_STATE);
      return types;
    }
    boolean sameCountry = ca != null && ca.equals(cb);
    boolean oneSided = (ca == null) != (cb == null) && !(a.isEmpty() || b.isEmpty());
    boolean nonState = isNonState(a) || isNonState(b);
    boolean protest = e.code().root().equals("14") && (ca != null || e.action().country() != null);
    boolean noCountry = ca == null && cb == null && e.action().country() != null;
    if ((sameCountry || oneSided || noCountry) && nonState
        || sameCountry && stateA && stateB
        || protest && !types.contains(ThreatType.TRANS_STATE)) {
      types.add(ThreatType.INTRA_STATE);
    }
    return types;
  }

  private static boolean isTrans(Event e, Actor a, Actor b) {
    if ("piracy".equals(e.dataset())
        || org.amity.event.EventKinds.HUMANITARIAN_CODES.contains(e.code().code())) {
      return true;
    }
    if (hasAny(a, TRANS) || hasAny(b, TRANS) || transGroup(a) || transGroup(b)) {
      return true;
    }
    boolean atSea = e.action().seaArea() != null;
    return atSea && e.code().base().equals("181");
  }

  private static boolean transGroup(Actor x) {
    if (x.knownGroup() != null && TRANS_GROUPS.contains(x.knownGroup())) {
      return true;
    }
    String n = x.name() == null ? "" : x.name().toLowerCase(Locale.ROOT);
    return n.contains("islamic state")
        || n.contains("al-qaeda")
        || n.contains("al qaeda")
        || n.contains("jemaah islamiyah");
  }

  /** A state organ, or the state itself (a bare country code with no role). */
  static boolean isState(Actor x) {
    if (x.isEmpty()) {
      return false;
    }
    if (hasAny(x, STATE)) {
      return !hasAny(x, NON_STATE) || x.types().indexOf(firstOf(x, STATE)) == 0;
    }
    return x.types().isEmpty()
        && x.knownGroup() == null
        && x.country() != null
        && x.code() != null
        && x.code().length() == 3;
  }

  static boolean isNonState(Actor x) {
    return !x.isEmpty()
        && (hasAny(x, NON_STATE) || x.ethnic() != null || x.religion() != null)
        && !isState(x);
  }

  private static boolean hasAny(Actor x, Set<String> roles) {
    for (String t : x.types()) {
      if (roles.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static String firstOf(Actor x, Set<String> roles) {
    for (String t : x.types()) {
      if (roles.contains(t)) {
        return t;
      }
    }
    return null;
  }
}
