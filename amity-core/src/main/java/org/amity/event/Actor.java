package org.amity.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  /**
   * The roles that make an actor an organ of a state: government, military, police, intelligence,
   * judiciary, legislature.
   */
  public static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");

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

  /**
   * An actor from a CAMEO actor code as a coder writes it: a CAMEO country (mapped to ISO3)
   * followed by three-letter role codes ("PHLGOV" is the Philippines with role GOV); "---MIL" a
   * military of no country; a code that does not start with a known country is all roles.
   */
  public static Actor ofCameoCode(String code, String name, CountryTable countries) {
    String country = null;
    int from = 0;
    if (code.startsWith("---")) {
      from = 3;
    } else if (code.length() >= 3) {
      Optional<Country> c = countries.findByCameo(code.substring(0, 3));
      if (c.isPresent()) {
        country = c.get().iso3();
        from = 3;
      }
    }
    List<String> types = new ArrayList<>();
    for (int i = from; i + 3 <= code.length(); i += 3) {
      types.add(code.substring(i, i + 3));
    }
    return new Actor(code, name, country, null, null, null, types);
  }

  /** Whether one of the roles is a state organ's ({@link #STATE_ROLES}). */
  public boolean hasStateRole() {
    for (String t : types) {
      if (STATE_ROLES.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** True when the source coded no actor on this side. */
  public boolean isEmpty() {
    return (code == null || code.isEmpty()) && (name == null || name.isEmpty()) && country == null;
  }

  public boolean hasType(String type) {
    return types.contains(type);
  }
}
