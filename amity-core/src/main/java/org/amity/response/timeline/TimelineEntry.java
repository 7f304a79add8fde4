package org.amity.response.timeline;

import java.time.LocalDateTime;

/**
 * A stored (or watch-written) timeline entry.
 *
 * @param id the store's id; 0 for the watch's entries, which are read from its alerts
 * @param situationId the situation it is attached to, or null when the store holds none on its
 *     subject around its date (a response the watch did not see coming)
 * @param what the entry as submitted
 * @param author who recorded it ("watch" for the watch's entries)
 * @param recordedAt when it was recorded
 * @param origin "analyst", "import:FILE", "simulated" (the demo) or "watch"
 * @param suggestion for an outcome: what the data suggest, kept beside the analyst's confirmed
 *     outcome; null otherwise or when the data cannot tell
 * @param supersededBy the id of a later entry that corrects this one, or null
 */
public record TimelineEntry(
    long id,
    Long situationId,
    EntryDraft what,
    String author,
    LocalDateTime recordedAt,
    String origin,
    SuggestedOutcome suggestion,
    Long supersededBy) {
  public EntryKind kind() {
    return what.kind();
  }

  /** Whether a later entry corrects this one (it is kept, but no longer counts). */
  public boolean superseded() {
    return supersededBy != null;
  }
}
