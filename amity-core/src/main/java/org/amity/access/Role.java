package org.amity.access;

import java.util.Locale;

/**
 * What a signed-in person may do. Viewer, analyst and admin form a ladder (each includes the ones
 * before it); the track II convenor stands beside admin: an analyst who also sees track II
 * participant lists, which no other role sees, not even an admin (non-attribution).
 */
public enum Role {
  /** Reads everything except the audit log. */
  VIEWER,
  /** Also acknowledges alerts and records notes and actions taken. */
  ANALYST,
  /** Also reads the audit log and manages accounts. */
  ADMIN,
  /** An analyst who also sees and records track II participant lists. */
  TRACK2_CONVENOR;

  /** Whether this role includes {@code needed}. */
  public boolean includes(Role needed) {
    if (this == needed) {
      return true;
    }
    if (needed == TRACK2_CONVENOR) {
      return false;
    }
    if (this == TRACK2_CONVENOR) {
      return ANALYST.includes(needed);
    }
    return ordinal() >= needed.ordinal();
  }

  /** The name used in the store, the API and the command line ("track2-convenor"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses "viewer", "analyst", "admin" or "track2-convenor" (any case). */
  public static Role of(String id) {
    for (Role r : values()) {
      if (r.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '" + id + "': use viewer, analyst, admin or track2-convenor");
  }
}
