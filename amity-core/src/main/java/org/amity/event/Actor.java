package org.amity.event;

import java.util.List;

/**
 * One side of an event.
 *
 * @param code the full CAMEO actor code as coded (e.g. "PHLMIL", "CHNGOV", "REB"), null if absent
 * @param name the actor name as the source writes it
 * @param country ISO3 country of the actor, null when none or a region (e.g. "SEA" Southeast Asia)
 * @param knownGroup CAMEO known-group code (e.g. "ASN" for ASEAN, "MIL" for MILF), null if none
 * @param ethnic CAMEO ethnic code, null if none
 * @param religion CAMEO religion code, null if none
 * @param types role and type codes in order (e.g. ["GOV"], ["MIL", "REB"]); never null
 */
public record Actor(
    String code,
    String name,
    String country,
    String knownGroup,
    String ethnic,
    String religion,
    List<String> types) {

  public static final Actor NONE = new Actor(null, null, null, null, null, null, List.of());

  public Actor {
    types = types == null ? List.of() : List.copyOf(types);
  }

  /**
   * An actor known by name, country and roles only (ICEWS data): its CAMEO-style code is the
   * country followed by the first role ("THAMIL"), or null when it has neither.
   */
  public static Actor fromCountryAndRoles(String name, String iso3, List<String> roles) {
    String code = (iso3 == null ? "" : iso3) + (roles.isEmpty() ? "" : roles.get(0));
    return new Actor(code.isEmpty() ? null : code, name, iso3, null, null, null, roles);
  }

  /** True when the source coded no actor on this side. */
  public boolean isEmpty() {
    return (code == null || code.isEmpty()) && (name == null || name.isEmpty()) && country == null;
  }

  public boolean hasType(String type) {
    return types.contains(type);
  }
}
