package org.amity.response.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.amity.signal.Level;
import org.amity.signal.Scope;

/** Drafts and stored entries for the timeline tests. */
final class Entries {
  private Entries() {}

  static EntryDraft draft(Long situation, EntryKind kind, String date) {
    return new EntryDraft(
        situation,
        null,
        null,
        kind,
        LocalDate.parse(date),
        null,
        "text",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static EntryDraft proposal(Long situation, String instrument, String measure) {
    return new EntryDraft(
        situation,
        null,
        null,
        EntryKind.PROPOSAL,
        LocalDate.parse("2014-05-10"),
        null,
        null,
        null,
        instrument,
        measure,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static TimelineEntry stored(long id, Long situation, EntryKind kind, String date) {
    return stored(id, situation, kind, date, null, null, null);
  }

  static TimelineEntry stored(
      long id,
      Long situation,
      EntryKind kind,
      String date,
      String instrument,
      String outcome,
      Long about) {
    EntryDraft d =
        new EntryDraft(
            situation,
            Scope.DYAD,
            "CHN-PHL",
            kind,
            LocalDate.parse(date),
            null,
            "t",
            null,
            instrument,
            null,
            null,
            null,
            null,
            outcome,
            null,
            null,
            null,
            about);
    return new TimelineEntry(id, situation, d, "ana", LocalDateTime.now(), "analyst", null, null);
  }

  static WarningRecord warning(long situation, String firstWarning, String type) {
    return new WarningRecord(
        situation,
        Scope.DYAD,
        "CHN-PHL",
        "title " + situation,
        LocalDate.parse(firstWarning),
        Level.WARNING,
        type);
  }
}
