package org.amity.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The region's long-running sub-national conflict areas, watched as subjects of their own (scope
 * {@code theatre}): each is a set of first-order divisions as GDELT codes them (FIPS 10-4 based,
 * "RP56"). The divisions come from documented sources (docs/signals.md, "Conflict areas (issue 14,
 * ninth round)": the provinces of the Bangsamoro Organic Law and those holding at least 1% of the
 * UCDP GED events of the conflict "Philippines: Mindanao"; the three southern border provinces and
 * Songkhla, whose four districts the Deep South's emergency rule covers; the states UCDP locates
 * the Rakhine and Kachin and northern Shan fighting in; Papua and Papua Barat), never from the
 * simulator's settings. An event is in an area when its action place is one of the divisions and is
 * known at least to the division: events placed only at the country (its centroid) are not.
 */
public enum ConflictArea {
  /** Mindanao and the Sulu archipelago: Bangsamoro and the provinces around it. */
  MINDANAO(
      "Mindanao",
      "PHL",
      Set.of("RP22", "RP34", "RP35", "RP56", "RP57", "RP60", "RP65", "RP66", "RP71", "RP72")),
  /** Thailand's Deep South: Narathiwat, Songkhla, Pattani, Yala. */
  DEEP_SOUTH("Deep South", "THA", Set.of("TH31", "TH68", "TH69", "TH70")),
  /** Rakhine State. */
  RAKHINE("Rakhine", "MMR", Set.of("BM01")),
  /** Kachin State and Shan State (northern Shan cannot be told apart at the first level). */
  KACHIN_SHAN("Kachin and northern Shan", "MMR", Set.of("BM04", "BM11")),
  /**
   * Papua and Papua Barat (West Papua). Papua has two FIPS codes: ID09, the former Irian Jaya's,
   * and ID36, given to Papua when Irian Jaya Barat (ID39) was split off; sources differ in which
   * they use, so both count.
   */
  PAPUA("Papua", "IDN", Set.of("ID09", "ID36", "ID39"));

  private final String label;
  private final String country;
  private final Set<String> divisions;

  ConflictArea(String label, String country, Set<String> divisions) {
    this.label = label;
    this.country = country;
    this.divisions = divisions;
  }

  /** "Mindanao". */
  public String label() {
    return label;
  }

  /** The country the area lies in (ISO3). */
  public String country() {
    return country;
  }

  /** The first-order divisions (GDELT ADM1 codes) the area is made of. */
  public Set<String> divisions() {
    return divisions;
  }

  /** "Mindanao (Philippines)": the area with its country's name, as analysts read it. */
  public String words(String countryName) {
    return label + " (" + countryName + ")";
  }

  /**
   * The area an event's place lies in: its first-order division is one of an area's, and the place
   * is known to the division or better (not only the country).
   */
  public static Optional<ConflictArea> of(Location place) {
    if (place == null
        || place.adm1() == null
        || (place.precision() != GeoPrecision.ADM1 && place.precision() != GeoPrecision.PLACE)) {
      return Optional.empty();
    }
    return ofDivision(place.adm1());
  }

  /**
   * Every area with its divisions in a fixed order, e.g. "DEEP_SOUTH=TH31,TH68,...;...": what the
   * areas' stored series were built with, so a store can tell when they must be built again.
   */
  public static String definition() {
    StringBuilder b = new StringBuilder();
    for (ConflictArea a : values()) {
      b.append(b.length() == 0 ? "" : ";")
          .append(a.name())
          .append('=')
          .append(String.join(",", new java.util.TreeSet<>(a.divisions)));
    }
    return b.toString();
  }

  /** The area a first-order division (ADM1 code) belongs to, if any. */
  public static Optional<ConflictArea> ofDivision(String adm1) {
    for (ConflictArea a : values()) {
      if (a.divisions.contains(adm1)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** Parses a name such as "mindanao", "deep-south" or "KACHIN_SHAN". */
  public static Optional<ConflictArea> parse(String s) {
    String key = s.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (ConflictArea a : values()) {
      if (a.name().equals(key)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** Every area's name, in declaration order. */
  public static List<String> names() {
    return java.util.Arrays.stream(values()).map(Enum::name).toList();
  }
}
