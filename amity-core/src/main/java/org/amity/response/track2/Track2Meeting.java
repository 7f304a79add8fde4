package org.amity.response.track2;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A track II meeting.
 *
 * @param id the store's id (0 before storing)
 * @param participantCount how many took part
 * @param affiliations how many per affiliation type ("academic", "think-tank", "official in a
 *     private capacity", ...)
 * @param participants names, only for the convenor; null in every redacted record
 */
public record Track2Meeting(
    long id,
    LocalDate date,
    String title,
    List<String> organisers,
    int participantCount,
    Map<String, Integer> affiliations,
    List<String> findings,
    List<Recommendation> recommendations,
    List<String> participants) {

  /**
   * A recommendation, followed to its fate.
   *
   * @param status the current status: submitted, discussed, adopted or declined
   * @param linkedEntries track I timeline entries it led to or was raised in
   * @param history every status it has had, oldest first (the first is the one recorded with the
   *     meeting); empty before storing
   */
  public record Recommendation(
      long id, String text, String status, List<Long> linkedEntries, List<StatusChange> history) {
    /** A recommendation as written for a new meeting (no history yet). */
    public Recommendation(long id, String text, String status, List<Long> linkedEntries) {
      this(id, text, status, linkedEntries, List.of());
    }
  }

  /**
   * One status a recommendation was given.
   *
   * @param date when it happened (the meeting's date for the first status)
   * @param note what happened, in words ("raised at the ASEAN foreign ministers' meeting")
   * @param recordedBy the Amity user who recorded it (never a participant's name)
   */
  public record StatusChange(
      String status,
      LocalDate date,
      String note,
      String recordedBy,
      java.time.LocalDateTime recordedAt) {}

  public static final List<String> STATUSES =
      List.of("submitted", "discussed", "adopted", "declined");

  /** The same meeting without names: what every reader but the convenor gets. */
  public Track2Meeting redacted() {
    return new Track2Meeting(
        id,
        date,
        title,
        organisers,
        participantCount,
        affiliations,
        findings,
        recommendations,
        null);
  }

  /** Problems with a meeting to be stored; empty when it may be. */
  public List<String> problems() {
    List<String> out = new java.util.ArrayList<>();
    if (date == null) {
      out.add("date is missing");
    }
    if (title == null || title.isBlank()) {
      out.add("title is missing");
    }
    if (participantCount < 0) {
      out.add("participantCount must not be negative");
    }
    int typed = affiliations == null ? 0 : affiliations.values().stream().mapToInt(i -> i).sum();
    if (typed > participantCount) {
      out.add(
          "affiliations count "
              + typed
              + " people, more than the "
              + participantCount
              + " participants");
    }
    if (participants != null && participants.size() > participantCount) {
      out.add("more names than participants");
    }
    for (Recommendation r : recommendations == null ? List.<Recommendation>of() : recommendations) {
      if (r.text() == null || r.text().isBlank()) {
        out.add("a recommendation has no text");
      }
      if (!STATUSES.contains(r.status())) {
        out.add(
            "recommendation status must be submitted, discussed, adopted or declined, not '"
                + r.status()
                + "'");
      }
    }
    return out;
  }
}
