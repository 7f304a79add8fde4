package org.amity.typology;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.amity.event.Actor;
import org.amity.event.Event;
import org.amity.event.EventKinds;

/**
 * Classifies one event. An actor coded without a country is taken to be of the country where the
 * event happened (GDELT often codes "POLICE" or "REBELS" with no country). The rules:
 *
 * <ol>
 *   <li>trans-state when the event is a maritime incident report; or an actor is a refugee or
 *       migrant (REF), an international militarised group (IMG), or a known transnational armed
 *       group (al-Qaeda, Islamic State, Jemaah Islamiyah); or criminals (CRM) act at sea or across
 *       a border; or the event is humanitarian distress (appeals for or delivery of humanitarian
 *       aid, asylum); or a hijacking or kidnapping at sea;
 *   <li>inter-state when both actors are state actors (government, military, police, intelligence,
 *       judiciary, legislature, or the state itself) of two different countries;
 *   <li>intra-state when both actors are of one country and at least one is a domestic non-state
 *       actor (rebels, insurgents, separatists, opposition, protesters, civilians, ethnic or
 *       religious groups, media, unaligned armed groups, criminals on land) in a security matter:
 *       the exchange is conflictual (QuadClass 3 or 4), or a security organ (army, police,
 *       intelligence) or an armed or opposition group is one side; or both are organs of the same
 *       state in conflict (a coup is the army against the government; a president's routine
 *       statement to his own country is not); or it is a protest inside a country (not one aimed at
 *       another country's state), or force is used inside a country with no one named on the other
 *       side.
 * </ol>
 *
 * An event may get several types (a transnational group fighting a state's army inside that state
 * is trans-state; the same army fighting local rebels is intra-state); it may get none (two
 * companies signing a deal, a state and an international organisation).
 */
public final class ThreatTypeClassifier {
  private static final Set<String> STATE = Actor.STATE_ROLES;
  private static final Set<String> NON_STATE =
      Set.of(
          "REB", "INS", "SEP", "OPP", "UAF", "RAD", "CVL", "REL", "ETH", "LAB", "EDU", "MOD", "MED",
          "HRI", "NGO", "CRM");
  private static final Set<String> TRANS_ROLES = Set.of("REF", "IMG");

  /** Security organs: their dealings with a domestic group are a security matter in any tone. */
  private static final Set<String> SECURITY = Set.of("MIL", "COP", "SPY");

  /** Domestic groups whose dealings with the state are a security matter in any tone. */
  private static final Set<String> ARMED = Set.of("REB", "INS", "SEP", "OPP", "UAF", "RAD", "CRM");

  private static final Set<String> TRANS_GROUPS = Set.of("ALQ", "ISL", "ISI", "JIS", "JEI");

  public Set<ThreatType> classify(Event e) {
    Set<ThreatType> types = EnumSet.noneOf(ThreatType.class);
    Actor a = e.source();
    Actor b = e.target();
    String place = e.action().country();
    String ca = a.country() != null ? a.country() : a.isEmpty() ? null : place;
    String cb = b.country() != null ? b.country() : b.isEmpty() ? null : place;
    boolean transA = transActor(a);
    boolean transB = transActor(b);
    boolean sea = e.action().seaArea() != null || "piracy".equals(e.dataset());
    boolean crossBorderCrime =
        (a.hasType("CRM") || b.hasType("CRM"))
            && (sea || ca != null && cb != null && !ca.equals(cb));
    if ("piracy".equals(e.dataset())
        || EventKinds.HUMANITARIAN_CODES.contains(e.code().code())
        || transA
        || transB
        || crossBorderCrime
        || sea && e.code().base().equals("181")) {
      types.add(ThreatType.TRANS_STATE);
    }
    boolean stateA = isState(a);
    boolean stateB = isState(b);
    if (stateA && stateB && ca != null && cb != null && !ca.equals(cb)) {
      types.add(ThreatType.INTER_STATE);
      return types;
    }
    if (types.contains(ThreatType.TRANS_STATE) && (transA || transB || crossBorderCrime)) {
      return types; // the non-state side is transnational, not a domestic party
    }
    boolean sameCountry = ca != null && ca.equals(cb);
    boolean conflict = e.quadClass().number() >= 3;
    boolean security = hasAny(a, SECURITY) || hasAny(b, SECURITY);
    boolean armed = hasAny(a, ARMED) || hasAny(b, ARMED);
    boolean domesticNonState = (isNonState(a) || isNonState(b)) && (conflict || security || armed);
    boolean stateAgainstItself = stateA && stateB && conflict;
    // a protest inside a country, unless it is aimed at another country's state: the anti-China
    // riots of May 2014 in Viet Nam were part of the two states' crisis, not an internal matter
    boolean atForeignState = stateB && ca != null && cb != null && !ca.equals(cb);
    boolean protest = e.code().root().equals("14") && (ca != null || cb != null) && !atForeignState;
    boolean unnamedForce =
        (a.isEmpty() || b.isEmpty())
            && e.quadClass().number() == 4
            && place != null
            && (place.equals(ca) || place.equals(cb));
    if (sameCountry && (domesticNonState || stateAgainstItself) || protest || unnamedForce) {
      types.add(ThreatType.INTRA_STATE);
    }
    return types;
  }

  private static boolean transActor(Actor x) {
    if (hasAny(x, TRANS_ROLES)) {
      return true;
    }
    if (x.knownGroup() != null && TRANS_GROUPS.contains(x.knownGroup())) {
      return true;
    }
    String n = x.name() == null ? "" : x.name().toLowerCase(Locale.ROOT);
    return n.contains("islamic state")
        || n.contains("al-qaeda")
        || n.contains("al qaeda")
        || n.contains("jemaah islamiyah");
  }

  /**
   * A state organ, or the state itself (a bare country code with no role): the actors whose
   * dealings across a border make an event inter-state.
   */
  public static boolean isState(Actor x) {
    if (x.isEmpty()) {
      return false;
    }
    if (!x.types().isEmpty()) {
      return STATE.contains(x.types().get(0)) || hasAny(x, STATE) && !hasAny(x, NON_STATE);
    }
    return x.knownGroup() == null
        && x.country() != null
        && x.code() != null
        && x.code().length() == 3;
  }

  static boolean isNonState(Actor x) {
    return !x.isEmpty()
        && !isState(x)
        && (hasAny(x, NON_STATE) || x.ethnic() != null || x.religion() != null);
  }

  private static boolean hasAny(Actor x, Set<String> roles) {
    for (String t : x.types()) {
      if (roles.contains(t)) {
        return true;
      }
    }
    return false;
  }
}
