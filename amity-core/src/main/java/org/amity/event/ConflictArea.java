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
 *
 * <p>Sources that name their first-order divisions in words instead of codes (UCDP GED's {@code
 * adm_1} "Maguindanao province", ACLED's {@code admin1} "Narathiwat") place an event in an area
 * when the place is in the area's country and its division is one of the area's names as written,
 * alone or followed by " province", " state" or " region" (either case of the first letter), and
 * also with every word of the name capitalised ("Lanao Del Sur"): {@link #namedAs()}. The names are
 * the same divisions as the codes, plus the names later splits gave the same land (Zamboanga
 * Sibugay, 2001, from Zamboanga del Sur; Shariff Kabunsuan, 2006-2008, from Maguindanao;
 * Maguindanao del Norte and del Sur, 2022; Papua's four new provinces, 2022) and the earlier names
 * of the same divisions (Arakan for Rakhine; Irian Jaya and West Irian Jaya for Papua and Papua
 * Barat).
 */
public enum ConflictArea {
  /** Mindanao and the Sulu archipelago: Bangsamoro and the provinces around it. */
  MINDANAO(
      "Mindanao",
      "PHL",
      Set.of("RP22", "RP34", "RP35", "RP56", "RP57", "RP60", "RP65", "RP66", "RP71", "RP72"),
      List.of(
          "Basilan",
          "Lanao del Norte",
          "Lanao del Sur",
          "Maguindanao",
          "Maguindanao del Norte",
          "Maguindanao del Sur",
          "Cotabato",
          "North Cotabato",
          "Sulu",
          "Zamboanga del Norte",
          "Zamboanga del Sur",
          "Zamboanga Sibugay",
          "Shariff Kabunsuan",
          "Sultan Kudarat",
          "Tawi-Tawi")),
  /** Thailand's Deep South: Narathiwat, Songkhla, Pattani, Yala. */
  DEEP_SOUTH(
      "Deep South",
      "THA",
      Set.of("TH31", "TH68", "TH69", "TH70"),
      List.of("Narathiwat", "Songkhla", "Pattani", "Yala")),
  /** Rakhine State. */
  RAKHINE("Rakhine", "MMR", Set.of("BM01"), List.of("Rakhine", "Arakan")),
  /** Kachin State and Shan State (northern Shan cannot be told apart at the first level). */
  KACHIN_SHAN("Kachin and northern Shan", "MMR", Set.of("BM04", "BM11"), List.of("Kachin", "Shan")),
  /**
   * Papua and Papua Barat (West Papua). Papua has two FIPS codes: ID09, the former Irian Jaya's,
   * and ID36, given to Papua when Irian Jaya Barat (ID39) was split off; sources differ in which
   * they use, so both count.
   */
  PAPUA(
      "Papua",
      "IDN",
      Set.of("ID09", "ID36", "ID39"),
      List.of(
          "Papua",
          "Papua Barat",
          "West Papua",
          "Irian Jaya",
          "Irian Jaya Barat",
          "West Irian Jaya",
          "Papua Tengah",
          "Central Papua",
          "Papua Pegunungan",
          "Highland Papua",
          "Papua Selatan",
          "South Papua",
          "Papua Barat Daya",
          "Southwest Papua"));

  private final String label;
  private final String country;
  private final Set<String> divisions;
  private final List<String> names;
  private final Set<String> namedAs;

  ConflictArea(String label, String country, Set<String> divisions, List<String> names) {
    this.label = label;
    this.country = country;
    this.divisions = divisions;
    this.names = names;
    this.namedAs = writtenAs(names);
  }

  /**
   * Each name alone and with what may follow it as sources write it ("Sulu province"), as written
   * and with every word capitalised ("Lanao Del Sur province").
   */
  private static Set<String> writtenAs(List<String> names) {
    List<String> suffixes =
        List.of("", " province", " Province", " state", " State", " region", " Region");
    Set<String> as = new java.util.TreeSet<>();
    for (String n : names) {
      for (String form : List.of(n, everyWordCapitalised(n))) {
        for (String suffix : suffixes) {
          as.add(form + suffix);
        }
      }
    }
    return java.util.Collections.unmodifiableSet(as);
  }

  /** "Lanao del Sur" as "Lanao Del Sur": the first letter after a space or hyphen in upper case. */
  static String everyWordCapitalised(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-';
    }
    return b.toString();
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

  /** The area's divisions in words, as UCDP GED and ACLED name them ("Maguindanao"). */
  public List<String> divisionNames() {
    return names;
  }

  /**
   * Every way a source may write one of the area's division names: each name alone or followed by "
   * province", " state" or " region" ("Sulu", "Sulu province", "Sulu Province", ...), matched
   * exactly, and only in the area's country.
   */
  public Set<String> namedAs() {
    return namedAs;
  }

  /** The area's division codes and every way its division names are written: a cheap prefilter. */
  public Set<String> divisionKeys() {
    Set<String> keys = new java.util.TreeSet<>(divisions);
    keys.addAll(namedAs);
    return keys;
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
    return ofDivision(place.country(), place.adm1());
  }

  /**
   * The area of a first-order division in {@code country}: a division code (any country's: the code
   * names it), or a division name the area's country writes ({@link #namedAs()}).
   */
  public static Optional<ConflictArea> ofDivision(String country, String adm1) {
    Optional<ConflictArea> coded = ofDivision(adm1);
    if (coded.isPresent() || country == null) {
      return coded;
    }
    for (ConflictArea a : values()) {
      if (a.country.equals(country) && a.namedAs.contains(adm1)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * Every area with its divisions in a fixed order, codes then names, e.g.
   * "DEEP_SOUTH=TH31,TH68,...|Narathiwat,...;...": what the areas' stored series were built with,
   * so a store can tell when they must be built again.
   */
  public static String definition() {
    StringBuilder b = new StringBuilder();
    for (ConflictArea a : values()) {
      b.append(b.length() == 0 ? "" : ";")
          .append(a.name())
          .append('=')
          .append(String.join(",", new java.util.TreeSet<>(a.divisions)))
          .append('|')
          .append(String.join(",", a.names));
    }
    return b.toString();
  }

  /** The area a first-order division code (ADM1, "RP56") belongs to, if any. */
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
