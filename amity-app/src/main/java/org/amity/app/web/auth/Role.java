package org.amity.app.web.auth;

import io.javalin.security.RouteRole;

/**
 * The roles of {@link org.amity.access.Role} as route markers for Javalin (the core's enum cannot
 * implement Javalin's interface): each role includes the ones before it.
 */
public enum Role implements RouteRole {
  VIEWER(org.amity.access.Role.VIEWER),
  ANALYST(org.amity.access.Role.ANALYST),
  ADMIN(org.amity.access.Role.ADMIN),
  TRACK2_CONVENOR(org.amity.access.Role.TRACK2_CONVENOR);

  private final org.amity.access.Role access;

  Role(org.amity.access.Role access) {
    this.access = access;
  }

  /** The core role this marks. */
  public org.amity.access.Role access() {
    return access;
  }

  /** The marker of a core role. */
  public static Role of(org.amity.access.Role role) {
    return valueOf(role.name());
  }

  /** Whether this role includes {@code needed}. */
  public boolean includes(Role needed) {
    return access.includes(needed.access);
  }

  /** The lower-case name used in the store, the API and the command line. */
  public String id() {
    return access.id();
  }

  /** Parses "viewer", "analyst", "admin" or "track2-convenor" (any case). */
  public static Role of(String id) {
    return of(org.amity.access.Role.of(id));
  }
}
