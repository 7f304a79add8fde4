package org.amity.forecast.model;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps Tribuo to warnings (not a line per tree) for the boosted models. */
final class TribuoLog {
  /** Held, so its level sticks: an unreferenced logger may be collected with its level. */
  private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

  private TribuoLog() {}

  static void quiet() {
    TRIBUO.setLevel(Level.WARNING);
  }
}
