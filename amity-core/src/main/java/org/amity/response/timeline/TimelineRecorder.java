package org.amity.response.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Records timeline entries: checks them against the rules and the store (the situation exists, a
 * correction or an outcome refers to an entry of the same situation), attaches subject-named
 * entries to their situation, adds the data's suggestion to an outcome, and stores.
 */
public final class TimelineRecorder {
  /** What an import did: entries stored, lines already stored, and every rejected line. */
  public record ImportOutcome(
      String file,
      int stored,
      int alreadyStored,
      int blankLines,
      List<ImportCheck.Rejected> rejected) {
    public boolean accepted() {
      return rejected.isEmpty();
    }
  }

  private final TimelineStore store;
  private final EntryRules rules;
  private final int outcomePeriods;

  public TimelineRecorder(TimelineStore store, EntryRules rules) {
    this(store, rules, 0);
  }

  /**
   * @param outcomePeriods periods after an action that a suggested outcome looks at; 0 for about a
   *     month at the series' resolution ({@link OutcomeSuggester#periodsFor})
   */
  public TimelineRecorder(TimelineStore store, EntryRules rules, int outcomePeriods) {
    this.store = store;
    this.rules = rules;
    this.outcomePeriods = outcomePeriods;
  }

  /** Stores one entry; throws IllegalArgumentException listing every problem. */
  public TimelineEntry record(EntryDraft d, String origin, TimelineStore.Writer writer) {
    List<String> problems = new ArrayList<>(rules.problems(d));
    TimelineStore.Prepared p = problems.isEmpty() ? prepare(d, List.of(), problems) : null;
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return store.append(List.of(p), origin, writer).get(0);
  }

  /**
   * Imports a record file whole or not at all: when any line is bad, nothing is stored and every
   * bad line is named. Lines equal to stored entries are counted and skipped, so a file can be
   * imported again without duplicates.
   */
  public ImportOutcome importLines(String file, List<String> lines, TimelineStore.Writer writer) {
    ImportCheck check = ImportCheck.of(lines, rules);
    List<ImportCheck.Rejected> rejected = new ArrayList<>(check.rejected());
    List<TimelineStore.Prepared> ready = new ArrayList<>();
    int already = 0;
    for (ImportCheck.Line l : check.accepted()) {
      List<String> problems = new ArrayList<>();
      TimelineStore.Prepared p = prepare(l.draft(), ready, problems);
      if (!problems.isEmpty()) {
        rejected.add(new ImportCheck.Rejected(l.number(), String.join("; ", problems)));
      } else if (store.holds(p.draft())) {
        already++;
      } else {
        ready.add(p);
      }
    }
    if (check.accepted().isEmpty() && rejected.isEmpty()) {
      rejected.add(new ImportCheck.Rejected(0, "the file holds no entries"));
    }
    rejected.sort(java.util.Comparator.comparingInt(ImportCheck.Rejected::number));
    if (!rejected.isEmpty()) {
      return new ImportOutcome(file, 0, already, check.blankLines(), rejected);
    }
    if (!ready.isEmpty()) {
      store.append(ready, "import:" + file, writer);
    }
    return new ImportOutcome(file, ready.size(), already, check.blankLines(), List.of());
  }

  /**
   * @param pending entries of the same file checked before this one (an outcome's action may be
   *     among them)
   */
  private TimelineStore.Prepared prepare(
      EntryDraft d, List<TimelineStore.Prepared> pending, List<String> problems) {
    Long situation = d.situationId();
    if (situation != null) {
      Optional<TimelineStore.SituationSpan> s = store.situation(situation);
      if (s.isEmpty()) {
        problems.add("no situation " + situation);
        return null;
      }
    } else {
      situation =
          SituationMatch.pick(store.situationsOn(d.scope(), d.subject()), d.date())
              .map(TimelineStore.SituationSpan::id)
              .orElse(null);
    }
    EntryDraft attached = d.onSituation(situation);
    TimelineEntry about = refersTo(attached, attached.about(), "about", problems);
    refersTo(attached, attached.supersedes(), "supersedes", problems);
    if (about != null && d.kind() == EntryKind.OUTCOME && about.kind() != EntryKind.ACTION) {
      problems.add(
          "an outcome is about an action; entry " + about.id() + " is a " + about.kind().key());
    }
    SuggestedOutcome suggestion = null;
    if (d.kind() == EntryKind.OUTCOME && situation != null && problems.isEmpty()) {
      suggestion = suggest(situation, about, attached, pending);
    }
    return new TimelineStore.Prepared(attached, suggestion);
  }

  private TimelineEntry refersTo(EntryDraft d, Long id, String field, List<String> problems) {
    if (id == null) {
      return null;
    }
    Optional<TimelineEntry> e = store.entry(id);
    if (e.isEmpty()) {
      problems.add(field + ": no stored entry " + id);
      return null;
    }
    if (!Objects.equals(e.get().situationId(), d.situationId())
        || (d.situationId() == null && !Objects.equals(e.get().what().subject(), d.subject()))) {
      problems.add(field + ": entry " + id + " belongs to another situation");
      return null;
    }
    return e.get();
  }

  private SuggestedOutcome suggest(
      long situation,
      TimelineEntry about,
      EntryDraft outcome,
      List<TimelineStore.Prepared> pending) {
    java.time.LocalDate from = about == null ? null : about.what().date();
    if (from == null) {
      List<java.time.LocalDate> actions = new ArrayList<>();
      for (TimelineEntry e : store.timeline(situation, Visibility.ADMIN)) {
        if (e.kind() == EntryKind.ACTION && !e.superseded()) {
          actions.add(e.what().date());
        }
      }
      for (TimelineStore.Prepared p : pending) {
        if (p.draft().kind() == EntryKind.ACTION
            && Objects.equals(p.draft().situationId(), situation)) {
          actions.add(p.draft().date());
        }
      }
      for (java.time.LocalDate a : actions) {
        if (!a.isAfter(outcome.date()) && (from == null || a.isAfter(from))) {
          from = a;
        }
      }
    }
    if (from == null) {
      return null;
    }
    java.time.LocalDate action = from;
    return store
        .trace(situation)
        .map(
            t ->
                OutcomeSuggester.suggest(
                    t,
                    action,
                    outcomePeriods > 0
                        ? outcomePeriods
                        : OutcomeSuggester.periodsFor(t.resolution())))
        .orElse(null);
  }
}
