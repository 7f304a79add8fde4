package org.amity.simulate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The matching rules between alerts and the truth (docs/simulation.md, "Evaluation"). An alert's
 * subject relates to an episode when, for scope country, it is one of the parties; for scope dyad,
 * its two codes ("A-B", "A>B") are two different parties; for scope area, it is the episode's sea
 * area; for scope theatre (a conflict area on land), the area's country is one of the parties (the
 * country's own rule: an area is matched no more loosely than its country, and never by the
 * simulator's setting of the episode). It relates to the episode when, in addition, its interval
 * [opened, closed] (open-ended while open) overlaps [start - 7 days, end + 14 days].
 */
final class AlertMatcher {
  private AlertMatcher() {}

  static boolean subjectRelates(AlertRecord a, List<String> parties, String seaArea) {
    String subject = subject(a);
    return switch (scope(a)) {
      case "country" -> parties.contains(subject);
      case "dyad" -> {
        String[] two = dyad(subject);
        yield two != null
            && !two[0].equals(two[1])
            && parties.contains(two[0])
            && parties.contains(two[1]);
      }
      case "area" -> seaArea != null && seaArea.equalsIgnoreCase(subject.replace('-', '_'));
      case "theatre" -> theatreCountry(subject).map(parties::contains).orElse(false);
      default -> false;
    };
  }

  /** The country of a conflict area subject ("MINDANAO": PHL), empty for an unknown name. */
  private static java.util.Optional<String> theatreCountry(String subject) {
    return org.amity.event.ConflictArea.parse(subject).map(org.amity.event.ConflictArea::country);
  }

  private static String scope(AlertRecord a) {
    return a.scope() == null ? "" : a.scope().toLowerCase(Locale.ROOT);
  }

  private static String subject(AlertRecord a) {
    return a.subject() == null ? "" : a.subject().trim().toUpperCase(Locale.ROOT);
  }

  /** The two country codes of a dyad subject ("CHN-VNM", "CHN>VNM"), or null if not a dyad. */
  static String[] dyad(String subject) {
    String[] parts = subject.split("[->]", -1);
    return parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty() ? parts : null;
  }

  static boolean relates(AlertRecord a, Episode e) {
    return subjectRelates(a, e.parties(), e.seaArea()) && inWindow(a, e);
  }

  /** Whether an alert's interval overlaps the episode's [start - 7 days, end + 14 days]. */
  private static boolean inWindow(AlertRecord a, Episode e) {
    return a.overlaps(
        e.start().minusDays(ScenarioPlanner.LEAD_MARGIN_DAYS),
        e.end().plusDays(ScenarioPlanner.TAIL_MARGIN_DAYS));
  }

  /**
   * Whether an alert is about an episode without being able to count as its detection: what {@link
   * #relates} accepts, or, in the same days, a country whose actors the episode's events carry
   * ({@link Episode#involved}: the Indonesian gangs of a piracy wave off Singapore and Malaysia) or
   * a dyad of such a country with a party. Such an alert is not a false alert; the episode is
   * detected only through its parties.
   */
  static boolean concerns(AlertRecord a, Episode e) {
    if (relates(a, e)) {
      return true;
    }
    // the country and dyad rules of subjectRelates over the wider list, a dyad keeping a party
    boolean about =
        switch (scope(a)) {
          case "country" -> subjectRelates(a, e.involved(), null);
          case "dyad" ->
              subjectRelates(a, e.involved(), null)
                  && java.util.Arrays.stream(dyad(subject(a))).anyMatch(e.parties()::contains);
          default -> false;
        };
    return about && inWindow(a, e);
  }

  /** Whether an alert, related to an episode, detects it: it opened in [start - 7, end]. */
  static boolean detects(AlertRecord a, Episode e) {
    LocalDate from = e.start().minusDays(ScenarioPlanner.LEAD_MARGIN_DAYS);
    return !a.opened().isBefore(from) && !a.opened().isAfter(e.end());
  }

  /**
   * Whether an alert falls on a decoy: its subject is the decoy's country (scope country), a dyad
   * containing it or a conflict area in it, and its interval overlaps [start, end + echoDays].
   */
  static boolean onDecoy(AlertRecord a, Decoy d, int echoDays) {
    String subject = subject(a);
    boolean related =
        switch (scope(a)) {
          case "country" -> subject.equals(d.subject());
          case "theatre" -> theatreCountry(subject).map(d.subject()::equals).orElse(false);
          case "dyad" -> {
            String[] two = dyad(subject);
            yield two != null && (two[0].equals(d.subject()) || two[1].equals(d.subject()));
          }
          default -> false;
        };
    return related && a.overlaps(d.start(), d.end().plusDays(echoDays));
  }
}
