package org.amity.response.timeline;

import java.util.List;
import java.util.Optional;
import org.amity.signal.Scope;

/**
 * Where timelines are kept. Stored entries are append-only; every write is audited in the same
 * transaction. Reads return only the entries the reader's clearance lets them see, the watch's own
 * entries (warnings, level changes, read from its alerts) and acknowledgements included.
 */
public interface TimelineStore {
  /** Who writes, for the audit log. */
  record Writer(String user, String address) {}

  /**
   * A situation as the timeline sees it: its subject and span.
   *
   * @param updated the last period an alert of it was raised (for an open one, how far the data
   *     behind it reach)
   */
  record SituationSpan(
      long id,
      Scope scope,
      String subject,
      String title,
      java.time.LocalDate opened,
      java.time.LocalDate updated,
      java.time.LocalDate closed) {}

  /** A situation's entries, oldest event first (superseded ones included and marked). */
  List<TimelineEntry> timeline(long situationId, Visibility clearance);

  /** Every entry the clearance lets one see, on all situations and on none. */
  List<TimelineEntry> all(Visibility clearance);

  /** Situations that reached warning or above, with their first warning. */
  List<WarningRecord> warnings();

  /** Situations on one subject (not withdrawn), oldest first. */
  List<SituationSpan> situationsOn(Scope scope, String subject);

  Optional<SituationSpan> situation(long id);

  /** A stored entry by id (any visibility), for supersession and outcome checks. */
  Optional<TimelineEntry> entry(long id);

  /** The indicator behind a situation's strongest alert, for suggested outcomes. */
  Optional<IndicatorTrace> trace(long situationId);

  /** Appends checked entries in one transaction with one audit row each; returns them stored. */
  List<TimelineEntry> append(List<Prepared> entries, String origin, Writer writer);

  /**
   * Whether an equal entry (same situation or subject, kind, date, text and reference) is stored:
   * what makes re-importing a file harmless.
   */
  boolean holds(EntryDraft d);

  /** An entry ready to store: attached (or not) to a situation, with its suggestion if any. */
  record Prepared(EntryDraft draft, SuggestedOutcome suggestion) {}
}
