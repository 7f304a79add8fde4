package org.amity.ingest.icewsdaily;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amity.event.Actor;
import org.amity.event.ActorRoles;
import org.amity.event.Country;
import org.amity.event.CountryTable;

/**
 * Turns an ICEWS actor name into an {@link Actor}. ICEWS names generic actors by sector and country
 * ("Police (Philippines)"), states by the bare country name ("Thailand"), and persons and
 * organisations by their own names.
 *
 * <p>Country, first found: the name's last parenthesised part ("(Philippines)"), then the file's
 * {@code *_country} column, then the whole name when it has no parenthesised part. Roles come from
 * {@link ActorRoles}; a bare country name is the state (GOV). The actor code is the ISO3 country
 * followed by the first role, as CAMEO writes it ("PHLCOP").
 */
final class IcewsDailyActors {
  private static final Pattern SUFFIX = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)\\s*$");

  private final CountryTable countries;
  private final ActorRoles roles;

  IcewsDailyActors(CountryTable countries, ActorRoles roles) {
    this.countries = countries;
    this.roles = roles;
  }

  Actor actor(String name, String countryColumn) {
    String iso3 = country(name, countryColumn);
    List<String> types = roles.rolesOf(name);
    return Actor.fromCountryAndRoles(name, iso3, types);
  }

  /** The ISO3 country of the actor, or null when none can be told. */
  String country(String name, String countryColumn) {
    Matcher m = SUFFIX.matcher(name);
    if (m.matches()) {
      String fromSuffix = iso3(m.group(2));
      return fromSuffix != null ? fromSuffix : iso3(countryColumn);
    }
    String fromColumn = iso3(countryColumn);
    return fromColumn != null ? fromColumn : iso3(name);
  }

  private String iso3(String name) {
    return name == null ? null : countries.findByName(name).map(Country::iso3).orElse(null);
  }
}
