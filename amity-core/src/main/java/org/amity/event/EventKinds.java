package org.amity.event;

import java.util.Locale;
import java.util.Set;

/** Small judgements about single events that indicators, evidence and situations share. */
public final class EventKinds {
  /**
   * CAMEO codes of humanitarian distress: appeals for humanitarian aid (0233), offers of it (0333),
   * its delivery (073), allowing it in (0863), demands for it (1033), asylum (075).
   */
  public static final Set<String> HUMANITARIAN_CODES =
      Set.of("0233", "0333", "073", "0863", "1033", "075");

  private EventKinds() {}

  /** Happened at sea: a sea area, a maritime dataset, the disputed islands, or naval actors. */
  public static boolean maritime(Event e) {
    if (e.action().seaArea() != null || "piracy".equals(e.dataset())) {
      return true;
    }
    String c = e.action().country();
    if ("XSP".equals(c) || "XPI".equals(c)) {
      return true;
    }
    String names = (e.source().name() + " " + e.target().name()).toLowerCase(Locale.ROOT);
    return names.contains("coast guard")
        || names.contains("navy")
        || names.contains("naval")
        || names.contains("maritime")
        || names.contains("fisherm")
        || names.contains("vessel");
  }

  /** Humanitarian distress: an aid code, or refugees or displaced people as an actor. */
  public static boolean humanitarian(Event e) {
    return HUMANITARIAN_CODES.contains(e.code().code())
        || e.source().hasType("REF")
        || e.target().hasType("REF");
  }
}
