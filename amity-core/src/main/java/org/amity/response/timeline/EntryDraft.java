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

  /**
   * A draft of {@code kind} on {@code date} with its text, the other fields empty until set; for
   * code that writes entries itself (the watch's rows, the demo) rather than reading them.
   */
  public static Builder of(EntryKind kind, LocalDate date, String text) {
    return new Builder(kind, date, text);
  }

  /** Fills a draft field by field; {@link #build} makes the record. */
  public static final class Builder {
    private final EntryKind kind;
    private final LocalDate date;
    private final String text;
    private Long situationId;
    private Scope scope;
    private String subject;
    private String reference;
    private String instrument;
    private String measure;
    private String body;
    private Integer track;
    private String decision;
    private String outcome;
    private String actor;
    private Long about;

    private Builder(EntryKind kind, LocalDate date, String text) {
      this.kind = kind;
      this.date = date;
      this.text = text;
    }

    public Builder situation(Long id) {
      this.situationId = id;
      return this;
    }

    /** The subject, for an entry not (yet) on a situation. */
    public Builder subject(Scope scope, String subject) {
      this.scope = scope;
      this.subject = subject;
      return this;
    }

    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    public Builder measure(String instrument, String measure, String actor) {
      this.instrument = instrument;
      this.measure = measure;
      this.actor = actor;
      return this;
    }

    public Builder body(String body, Integer track) {
      this.body = body;
      this.track = track;
      return this;
    }

    public Builder decision(String instrument, String decision) {
      this.instrument = instrument;
      this.decision = decision;
      return this;
    }

    public Builder outcome(String outcome, Long about) {
      this.outcome = outcome;
      this.about = about;
      return this;
    }

    public EntryDraft build() {
      return new EntryDraft(
          situationId,
          scope,
          subject,
          kind,
          date,
          null,
          text,
          reference,
          instrument,
          measure,
          body,
          track,
          decision,
          outcome,
          actor,
          Visibility.VIEWER,
          null,
          about);
    }
  }
}
