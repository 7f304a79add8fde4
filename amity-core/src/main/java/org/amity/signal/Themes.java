package org.amity.signal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.amity.event.Actor;
import org.amity.event.Event;
import org.amity.event.EventKinds;

/**
 * What an event is about, in the vocabulary the response recommender uses (territory, piracy,
 * kidnapping, terrorism, insurgency, coup, protest, disaster, displacement, ...). Read from the
 * CAMEO code, the actors' roles and whether it happened at sea. Criminals at sea are piracy (or
 * kidnapping); on land, trafficking only when the two sides are of different countries: a country's
 * own police arresting its own criminals is law enforcement, not trafficking.
 */
public final class Themes {
  private Themes() {}

  public static Set<String> of(Event e) {
    Set<String> t = new LinkedHashSet<>();
    String code = e.code().code();
    String root = e.code().root();
    Actor a = e.source();
    Actor b = e.target();
    boolean sea = EventKinds.maritime(e);
    boolean criminal = a.hasType("CRM") || b.hasType("CRM") || "piracy".equals(e.dataset());
    boolean armedNonState = armed(a) || armed(b);
    boolean twoStates =
        a.country() != null && b.country() != null && !a.country().equals(b.country());
    if (criminal && sea) {
      t.add(code.startsWith("181") ? "kidnapping" : "piracy");
    } else if (criminal && code.startsWith("181")) {
      t.add("kidnapping");
    } else if (criminal && twoStates) {
      // crime across a border; a country's police arresting its own criminals is not trafficking
      t.add("trafficking");
    }
    if (root.equals("14")) {
      t.add("protest");
    }
    if (code.startsWith("183") || code.equals("186") || code.equals("185")) {
      t.add("terrorism");
    }
    if (armedNonState && (root.equals("18") || root.equals("19") || root.equals("20"))) {
      t.add("insurgency");
    }
    if (code.equals("1724") || code.equals("1723") || code.equals("0341") || code.equals("1041")) {
      if (a.hasType("MIL") || b.hasType("MIL")) {
        t.add("coup");
      }
    }
    if (EventKinds.humanitarian(e)) {
      t.add(
          a.hasType("REF") || b.hasType("REF") || code.equals("075") ? "displacement" : "disaster");
    }
    if (twoStates
        && (root.equals("15")
            || code.startsWith("191")
            || code.startsWith("192")
            || code.equals("1123")
            || root.equals("13") && sea)) {
      t.add(sea ? "territory" : "border");
    }
    if (twoStates && sea && (code.startsWith("171") || code.startsWith("173"))) {
      t.add("fisheries");
    }
    return t;
  }

  private static boolean armed(Actor x) {
    return x.hasType("REB")
        || x.hasType("INS")
        || x.hasType("SEP")
        || x.hasType("UAF")
        || x.hasType("IMG");
  }
}
