package org.amity.ingest.acled;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amity.event.Actor;
import org.amity.event.ActorRoles;
import org.amity.event.Country;
import org.amity.event.CountryTable;
import org.amity.event.ReferenceTables;

/**
 * ACLED actors as Amity actors. The country is the one the name gives ("Police Forces of Indonesia
 * (2014-)", "Protesters (Cambodia)"), else the event's country for actors of types that ACLED only
 * codes inside one country (all but external forces). Roles come from the name through Amity's
 * actor-role table; when the name says nothing known, from ACLED's actor type code ({@code
 * inter1}/{@code inter2}) through {@code acled-actor-types.tsv}.
 */
final class AcledActors {
  private static final String RESOURCE = "/org/amity/ingest/acled-actor-types.tsv";
  private static final Pattern IN_PARENS = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern OF_COUNTRY = Pattern.compile("\\bof ([A-Z][\\w .'-]+?)(?: \\(|$)");
  private static final int STATE_FORCES = 1;
  private static final int CIVILIANS = 7;
  private static final int EXTERNAL = 8;

  private final CountryTable countries;
  private final ActorRoles roles;
  private final Map<Integer, String> roleOfType = new HashMap<>();

  AcledActors(CountryTable countries, ActorRoles roles) {
    this.countries = countries;
    this.roles = roles;
    for (String[] row : ReferenceTables.read(RESOURCE, 4)) {
      roleOfType.put(Integer.parseInt(row[0].strip()), row[1].strip());
    }
  }

  /**
   * @param name the actor as ACLED names it, null for none
   * @param type ACLED's actor type code (1-8), 0 or less when none
   * @param eventCountry ISO3 of the event's country, null if unknown
   */
  Actor actor(String name, int type, String eventCountry) {
    if (name == null) {
      return Actor.NONE;
    }
    String iso3 = countryOf(name);
    if (iso3 == null && type != EXTERNAL) {
      iso3 = eventCountry;
    }
    return Actor.fromCountryAndRoles(name, iso3, roles(name, type));
  }

  /**
   * Whether a row names civilians first and the one who acted on them second. ACLED's codebook has
   * civilians as the side violence is done to, never its author, and its current export puts them
   * second; the ACLED-Asia 2015 file often puts them first ("Civilians (Myanmar)" as actor 1,
   * "Military Forces of Myanmar" as actor 2 of a shelling that killed villagers). Read as written,
   * the victims would be the source: the evidence would say the villagers attacked the army, and
   * their deaths would count for the victims' country wherever they died.
   *
   * @param type1 the first actor's type code
   * @param name2 the second actor as ACLED names it, null for none
   * @param type2 the second actor's type code
   */
  static boolean civiliansFirst(int type1, String name2, int type2) {
    return type1 == CIVILIANS && name2 != null && type2 > 0 && type2 != CIVILIANS;
  }

  private List<String> roles(String name, int type) {
    List<String> fromName = roles.rolesOf(name);
    String fromType = roleOfType.get(type);
    if (type == STATE_FORCES && !fromName.isEmpty()) {
      return fromName;
    }
    List<String> r = new ArrayList<>();
    if (fromType != null) {
      r.add(fromType);
    }
    for (String role : fromName) {
      if (!r.contains(role) && (type == STATE_FORCES || !Actor.STATE_ROLES.contains(role))) {
        r.add(role);
      }
    }
    return r;
  }

  private String countryOf(String name) {
    Matcher m = IN_PARENS.matcher(name);
    while (m.find()) {
      String iso3 = iso3(m.group(1));
      if (iso3 != null) {
        return iso3;
      }
    }
    Matcher of = OF_COUNTRY.matcher(name);
    if (of.find()) {
      return iso3(of.group(1));
    }
    return null;
  }

  private String iso3(String name) {
    return countries.findByName(name.strip()).map(Country::iso3).orElse(null);
  }
}
