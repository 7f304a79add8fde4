package org.amity.signal;

import org.amity.event.CountryTable;
import org.amity.event.SeaArea;

/**
 * A subject in words: country names for ISO3 codes, a dyad's two names, a sea area's label, a
 * conflict area's label with its country ("Mindanao (Philippines)").
 */
public final class SubjectName {
  private SubjectName() {}

  /** "Philippines", "China – Philippines", "South China Sea", "ASEAN". */
  public static String of(Scope scope, String subject) {
    return switch (scope) {
      case COUNTRY -> country(subject);
      case DYAD ->
          String.join(
              subject.contains(">") ? " → " : " – ",
              Scope.parties(scope, subject).stream().map(SubjectName::country).toList());
      case AREA -> SeaArea.parse(subject).map(SeaArea::label).orElse(subject);
      case REGION -> subject;
      case THEATRE ->
          org.amity.event.ConflictArea.parse(subject)
              .map(a -> a.words(country(a.country())))
              .orElse(subject);
    };
  }

  /** A country's name, or the code itself when the table does not know it. */
  public static String country(String iso3) {
    return CountryTable.standard().findByIso3(iso3).map(c -> c.name()).orElse(iso3);
  }
}
