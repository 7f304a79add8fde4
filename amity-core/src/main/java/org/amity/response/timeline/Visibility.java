package org.amity.response.timeline;

import java.util.Locale;

/**
 * Who may read an entry, by the least role that sees it: every signed-in reader, analysts and up,
 * or administrators only. The faces map their own roles onto these by name.
 */
public enum Visibility {
  VIEWER,
  ANALYST,
  ADMIN;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a reader cleared to {@code clearance} sees an entry of this visibility. */
  public boolean visibleTo(Visibility clearance) {
    return clearance.ordinal() >= ordinal();
  }

  public static Visibility parse(String s) {
    for (Visibility v : values()) {
      if (v.key().equalsIgnoreCase(s == null ? "" : s.strip())) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "visibility must be viewer, analyst or admin, not '" + s + "'");
  }
}
