package org.amity.signal;

/**
 * An alert's level and status in words, as every list shows them (CLI, API, dashboard): the level
 * shown is the highest the alert reached, which is what it warned of, with the level it came down
 * to beside it when that is lower; the status names its days, so that a closed alert that had been
 * protracted says when it closed as well as when it stopped rising (sixth audit, J1 and J2).
 */
public final class AlertWords {
  private AlertWords() {}

  /** The highest level the alert reached (its level when no peak was stored). */
  public static Level shownLevel(Alert a) {
    return a.peakLevel() == null ? a.level() : a.peakLevel();
  }

  /**
   * "now watch" for an open or protracted alert whose level came down from a higher one, "came down
   * to watch before it closed" for a closed one; null when its level is the highest it reached.
   */
  public static String levelNow(Alert a) {
    if (a.level() == null || a.level() == shownLevel(a)) {
      return null;
    }
    return "closed".equals(a.status())
        ? "came down to " + a.level().key() + " before it closed"
        : "now " + a.level().key();
  }

  /**
   * "open", "protracted since 2019-06-01", "closed on 2020-06-01 (protracted from 2019-06-01)",
   * "closed on 1993-11-01", "withdrawn".
   */
  public static String status(Alert a) {
    String protracted = a.protracted() == null ? null : a.protracted().toString();
    return switch (a.status()) {
      case "protracted" -> protracted == null ? "protracted" : "protracted since " + protracted;
      case "closed" ->
          (a.closed() == null ? "closed" : "closed on " + a.closed())
              + (protracted == null ? "" : " (protracted from " + protracted + ")");
      default -> a.status();
    };
  }
}
