package org.amity.signal;

import java.util.Locale;

/**
 * What a series is about. Subjects: an ISO3 code for a country ("THA"); for a dyad, "A-B" (codes
 * sorted, both directions combined) or "A>B" (one direction); a {@link org.amity.event.SeaArea}
 * name for an area; a {@link org.amity.event.ConflictArea} name for a conflict area on land
 * ("theatre", "MINDANAO"); "ASEAN" or "WORLD" for a region.
 */
public enum Scope {
  COUNTRY,
  DYAD,
  AREA,
  REGION,
  /** A sub-national conflict area ({@link org.amity.event.ConflictArea}), off by default. */
  THEATRE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The scope in an analyst's words: "country", "dyad", "sea area", "region", "conflict area". */
  public String words() {
    return switch (this) {
      case AREA -> "sea area";
      case THEATRE -> "conflict area";
      default -> key();
    };
  }

  /** Every scope's key, in declaration order: what a scope option or filter accepts. */
  public static java.util.List<String> keys() {
    return java.util.Arrays.stream(values()).map(Scope::key).toList();
  }

  public static Scope parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "scope must be " + String.join(", ", keys()) + ", not '" + s + "'");
    }
  }

  /** The parties (ISO3 codes) a subject names: one for a country, two for a dyad, none else. */
  public static java.util.List<String> parties(Scope scope, String subject) {
    return switch (scope) {
      case COUNTRY -> java.util.List.of(subject);
      case DYAD -> java.util.List.of(subject.split("[->]"));
      default -> java.util.List.of();
    };
  }

  /**
   * The countries directly involved in a subject: the parties of a country or dyad, the coastal
   * states of a sea area, the country of a conflict area, none for a region. A great power among
   * them is a party of the situation.
   */
  public static java.util.List<String> involved(Scope scope, String subject) {
    if (scope == THEATRE) {
      return org.amity.event.ConflictArea.parse(subject)
          .map(a -> java.util.List.of(a.country()))
          .orElse(java.util.List.of());
    }
    if (scope == AREA) {
      return org.amity.event.SeaArea.parse(subject)
          .map(org.amity.event.SeaArea::coastalStates)
          .orElse(java.util.List.of());
    }
    return parties(scope, subject);
  }

  /**
   * A subject as the user typed it, in the form series are stored under: upper case; a two-way dyad
   * in either order ("PHL-CHN" is "CHN-PHL"); countries checked against the country table, sea
   * areas, conflict areas and regions against the known ones.
   *
   * @throws IllegalArgumentException naming what is unknown
   */
  public static String subject(Scope scope, String typed) {
    String s = typed.trim().toUpperCase(java.util.Locale.ROOT);
    org.amity.event.CountryTable t = org.amity.event.CountryTable.standard();
    switch (scope) {
      case COUNTRY -> known(t, s);
      case DYAD -> {
        boolean directed = s.contains(">");
        String[] p = s.split(directed ? ">" : "-");
        if (p.length != 2 || p[0].isBlank() || p[1].isBlank()) {
          throw new IllegalArgumentException(
              "a dyad is two country codes, CHN-PHL (both directions) or CHN>PHL, not '"
                  + typed
                  + "'");
        }
        known(t, p[0]);
        known(t, p[1]);
        if (!directed && p[0].compareTo(p[1]) > 0) {
          s = p[1] + "-" + p[0];
        }
      }
      case AREA -> {
        s =
            org.amity.event.SeaArea.parse(s)
                .map(Enum::name)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "unknown sea area: "
                                + typed
                                + " (SOUTH_CHINA_SEA, SULU_CELEBES or MALACCA_SINGAPORE)"));
      }
      case THEATRE -> {
        s =
            org.amity.event.ConflictArea.parse(s)
                .map(Enum::name)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "unknown conflict area: "
                                + typed
                                + " ("
                                + String.join(", ", org.amity.event.ConflictArea.names())
                                + ")"));
      }
      case REGION -> {
        if (!s.equals("ASEAN") && !s.equals("WORLD")) {
          throw new IllegalArgumentException("a region is ASEAN or WORLD, not '" + typed + "'");
        }
      }
    }
    return s;
  }

  private static void known(org.amity.event.CountryTable t, String iso3) {
    if (t.findByIso3(iso3).isEmpty()) {
      throw new IllegalArgumentException("unknown country code: " + iso3 + " (use ISO3, e.g. THA)");
    }
  }
}
