package org.amity.signal;

import java.util.Locale;

/** Alert levels, in rising order of concern. NONE means no alert. */
public enum Level {
  NONE,
  WATCH,
  WARNING,
  ALERT;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Level parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("level must be watch, warning or alert, not '" + s + "'");
    }
  }

  public boolean atLeast(Level other) {
    return compareTo(other) >= 0;
  }
}
