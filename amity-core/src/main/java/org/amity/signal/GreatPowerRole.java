package org.amity.signal;

import java.util.ArrayList;
import java.util.List;
import org.amity.event.CountryTable;

/**
 * Why an alert or situation has its great-power flag, in words that say what is true. The flag
 * ({@code greatPowerParty}) is set when a great power is among the subject's parties; for a sea
 * area those are its coastal states, so China makes every South China Sea situation one "with a
 * great power", its piracy included, though no Chinese ship or official need appear in the
 * evidence. The flag keeps its meaning for the recommender (a great power's interests and consent
 * bear on any response in its waters); the words no longer read as if it took part.
 */
public enum GreatPowerRole {
  /** No great power among the parties. */
  NONE,
  /** A great power is a coastal state of the sea area the subject is (by geography, not by act). */
  COASTAL_STATE,
  /** A great power is one of the sides: a country or dyad subject names it. */
  PARTY;

  /** The role behind a flag on a subject. */
  public static GreatPowerRole of(Scope scope, String subject, boolean greatPowerParty) {
    if (!greatPowerParty) {
      return NONE;
    }
    if (scope == Scope.AREA && !powers(scope, subject).isEmpty()) {
      return COASTAL_STATE;
    }
    return PARTY;
  }

  /** A key for JSON: none, coastal-state or party. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * The flag in words, or null when no great power is concerned: "a great power (China) is a
   * coastal state of the sea area" or "a great power (China) is a party". Every face that shows the
   * flag (CLI lines, the API's JSON, the dashboard, the report) shows these words.
   */
  public static String words(Scope scope, String subject, boolean greatPowerParty) {
    GreatPowerRole role = of(scope, subject, greatPowerParty);
    List<String> names = powers(scope, subject);
    String who =
        names.isEmpty() ? "a great power" : "a great power (" + String.join(", ", names) + ")";
    return switch (role) {
      case NONE -> null;
      case COASTAL_STATE -> who + " is a coastal state of the sea area";
      case PARTY -> who + " is a party";
    };
  }

  /** The great powers among the subject's parties, by name. */
  private static List<String> powers(Scope scope, String subject) {
    CountryTable countries = CountryTable.standard();
    List<String> powers = countries.greatPowers();
    List<String> out = new ArrayList<>();
    for (String p : Scope.involved(scope, subject)) {
      if (powers.contains(p)) {
        out.add(countries.findByIso3(p).map(c -> c.name()).orElse(p));
      }
    }
    return out;
  }
}
