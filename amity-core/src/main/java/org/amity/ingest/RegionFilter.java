package org.amity.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.amity.event.CountryTable;
import org.amity.event.Event;

/**
 * Keeps events that touch a set of countries: either actor is from one of them, or the action
 * happened in one of them.
 */
public final class RegionFilter implements Predicate<Event> {
  private final String name;
  private final Set<String> countries;

  private RegionFilter(String name, Set<String> countries) {
    this.name = name;
    this.countries = Set.copyOf(countries);
  }

  /**
   * Parses a region: {@code asean} for the ASEAN members (Timor-Leste included), or a
   * comma-separated list of ISO3 codes.
   */
  public static RegionFilter parse(String spec, CountryTable table) {
    String s = spec.trim();
    if (s.equalsIgnoreCase("asean")) {
      return new RegionFilter("asean", table.aseanMembers());
    }
    Set<String> codes = new TreeSet<>();
    for (String c : s.split(",")) {
      String code = c.trim().toUpperCase(Locale.ROOT);
      if (table.findByIso3(code).isEmpty()) {
        throw new IllegalArgumentException(
            "unknown region '" + spec + "': use 'asean' or ISO3 country codes such as PHL,VNM");
      }
      codes.add(code);
    }
    return new RegionFilter(String.join(",", codes), codes);
  }

  public String name() {
    return name;
  }

  public Set<String> countries() {
    return countries;
  }

  @Override
  public boolean test(Event e) {
    return contains(e.source().country())
        || contains(e.target().country())
        || contains(e.action().country());
  }

  private boolean contains(String iso3) {
    return iso3 != null && countries.contains(iso3);
  }
}
