package org.amity.signal;

import java.util.Locale;

/**
 * What a series is about. Subjects: an ISO3 code for a country ("THA"); for a dyad, "A-B" (codes
 * sorted, both directions combined) or "A>B" (one direction); a {@link org.amity.event.SeaArea}
 * name for an area; "ASEAN" or "WORLD" for a region.
 */
public enum Scope {
  COUNTRY,
  DYAD,
  AREA,
  REGION;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Scope parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "scope must be country, dyad, area or region, not '" + s + "'");
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
   * states of a sea area, none for a region. A great power among them is a party of the situation.
   */
  public static java.util.List<String> involved(Scope scope, String subject) {
    if (scope == AREA) {
      return org.amity.event.SeaArea.parse(subject)
          .map(org.amity.event.SeaArea::coastalStates)
          .orElse(java.util.List.of());
    }
    return parties(scope, subject);
  }
}
