package org.amity.access;

import java.util.Locale;

/** What a signed-in person may do; each role includes the ones before it. */
public enum Role {
  /** Reads everything except the audit log. */
  VIEWER,
  /** Also acknowledges alerts and records notes and actions taken. */
  ANALYST,
  /** Also reads the audit log and manages accounts. */
  ADMIN;

  /** Whether this role includes {@code needed}. */
  public boolean includes(Role needed) {
    return ordinal() >= needed.ordinal();
  }

  /** The lower-case name used in the store, the API and the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "viewer", "analyst" or "admin" (any case). */
  public static Role of(String id) {
    for (Role r : values()) {
      if (r.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown role '" + id + "': use viewer, analyst or admin");
  }
}
