package org.amity.response.timeline;

import java.time.LocalDate;
import org.amity.signal.Scope;

/**
 * A timeline entry as someone submits it, before the store gives it an id, an author and a time.
 *
 * @param situationId the situation it belongs to; null when it names a subject instead (the store
 *     attaches it to the subject's situation around {@code date} when there is one)
 * @param scope with {@code subject}: what the entry is about when no situation id is given
 * @param date when it happened (the event date, not when it was recorded)
 * @param until for an action, its last day; null otherwise or while it runs
 * @param reference a URL or document reference
 * @param instrument a knowledge-base instrument id (proposal, action)
 * @param measure a knowledge-base measure id (proposal, action)
 * @param body who met or decided: a knowledge-base instrument id where it is one, else a name
 * @param track 1 or 2 for a consultation, null otherwise
 * @param decision adopted, declined or deferred (decision)
 * @param outcome de-escalated, unchanged or escalated (outcome)
 * @param actor who acted, for an action ("Indonesia as ASEAN chair")
 * @param supersedes the stored entry this one corrects, or null
 * @param about the stored entry this one answers (an outcome's action, a decision's proposal)
 */
public record EntryDraft(
    Long situationId,
    Scope scope,
    String subject,
    EntryKind kind,
    LocalDate date,
    LocalDate until,
    String text,
    String reference,
    String instrument,
    String measure,
    String body,
    Integer track,
    String decision,
    String outcome,
    String actor,
    Visibility visibility,
    Long supersedes,
    Long about) {
  public EntryDraft {
    visibility = visibility == null ? Visibility.VIEWER : visibility;
  }

  /** A draft with the given situation id (the rest unchanged). */
  public EntryDraft onSituation(Long id) {
    return new EntryDraft(
        id,
        scope,
        subject,
        kind,
        date,
        until,
        text,
        reference,
        instrument,
        measure,
        body,
        track,
        decision,
        outcome,
        actor,
        visibility,
        supersedes,
        about);
  }
}
