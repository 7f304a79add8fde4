package org.amity.app.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amity.pipeline.SituationAdvice;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.PrecedentSource;
import org.amity.response.RankedOption;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.timeline.EntryDraft;
import org.amity.response.timeline.EntryKind;
import org.amity.response.timeline.EntryRules;
import org.amity.response.timeline.GapMetrics;
import org.amity.response.timeline.GapReport;
import org.amity.response.timeline.OutcomeSuggester;
import org.amity.response.timeline.TimelineEntry;
import org.amity.response.timeline.TimelineRecorder;
import org.amity.response.timeline.TimelineStore;
import org.amity.response.timeline.Visibility;
import org.amity.response.timeline.WarningRecord;
import org.amity.signal.SignalReader;
import org.amity.signal.Situation;
import org.amity.storage.Storage;

/**
 * The demo's response record: on one warned situation of the simulated year, a plausible run of
 * entries (acknowledged, consultation, proposal of the top-ranked option, decision, action and,
 * when the year leaves room, the outcome), every one marked as simulated (origin {@code simulated},
 * text starting "[simulated]"); then the gap figures. Other warnings are left unanswered, so the
 * gap shows both.
 */
final class DemoTimeline {
  static final String AUTHOR = "demo-analyst";
  private static final int ROOM_DAYS = 60;

  private DemoTimeline() {}

  /** Records and prints; returns the situation given a timeline, if any was warned. */
  static Optional<Long> record(
      Storage store, SignalReader signals, KnowledgeBase kb, PrintStream out) {
    TimelineStore timelines = store.timelines();
    List<WarningRecord> warnings = timelines.warnings();
    LocalDate end =
        signals.situations("all", 0, 0).stream()
            .map(s -> s.closed() != null ? s.closed() : s.updated())
            .max(Comparator.naturalOrder())
            .orElse(null);
    if (warnings.isEmpty() || end == null) {
      out.println("\nNo situation reached warning level: no response timeline to record.");
      return Optional.empty();
    }
    WarningRecord w =
        warnings.stream()
            .filter(x -> !x.firstWarning().isAfter(end.minusDays(ROOM_DAYS)))
            .max(Comparator.comparing(WarningRecord::firstWarning))
            .orElse(warnings.get(0));
    Situation s = signals.situation(w.situationId()).orElseThrow();
    List<RankedOption> top =
        SituationAdvice.recommend(s, signals, kb, PrecedentSource.NONE, Lens.BROAD, Label.PD)
            .top(1);
    TimelineRecorder recorder = new TimelineRecorder(timelines, new EntryRules(kb));
    TimelineStore.Writer writer = new TimelineStore.Writer(AUTHOR, "demo");
    LocalDate day = w.firstWarning();
    List<EntryDraft> drafts = new ArrayList<>();
    drafts.add(
        draft(s, EntryKind.ACKNOWLEDGED, day.plusDays(1), "warning seen; watching the evidence"));
    drafts.add(
        EntryDraft.of(
                EntryKind.CONSULTATION,
                day.plusDays(6),
                "[simulated] senior officials of the parties met on the margins of a regional"
                    + " meeting")
            .situation(s.id())
            .body("asean-fmm", 1)
            .build());
    if (!top.isEmpty()) {
      String instrument = top.get(0).instrument().id();
      String measure = top.get(0).measure().id();
      drafts.add(option(s, EntryKind.PROPOSAL, day.plusDays(9), instrument, measure, null));
      drafts.add(
          EntryDraft.of(
                  EntryKind.DECISION,
                  day.plusDays(12),
                  "[simulated] the parties accepted the proposal")
              .situation(s.id())
              .decision(instrument, "adopted")
              .build());
      drafts.add(option(s, EntryKind.ACTION, day.plusDays(16), instrument, measure, null));
    }
    for (EntryDraft d : drafts) {
      if (!d.date().isAfter(end)) {
        recorder.record(d, "simulated", writer);
      }
    }
    recordOutcome(timelines, recorder, writer, s, end);
    out.printf(
        Locale.ROOT, "%nResponse timeline of #%d %s (simulated entries):%n", s.id(), s.title());
    for (TimelineEntry e : timelines.timeline(s.id(), Visibility.ADMIN)) {
      out.println("   " + TimelineCommand.line(e).replace("\n", "\n   "));
    }
    GapReport g = GapMetrics.compute(warnings, timelines.all(Visibility.ADMIN), null, null);
    out.printf(
        Locale.ROOT,
        "Gap: %d warnings; %.0f%% answered within 30 days, %.0f%% within 90; %d unanswered.%n",
        g.warnings(),
        100 * g.answered30(),
        100 * g.answered90(),
        g.unanswered().size());
    return Optional.of(s.id());
  }

  /** The outcome, as the simulated analyst confirms the data's suggestion once it can be made. */
  private static void recordOutcome(
      TimelineStore timelines,
      TimelineRecorder recorder,
      TimelineStore.Writer writer,
      Situation s,
      LocalDate end) {
    Optional<TimelineEntry> action =
        timelines.timeline(s.id(), Visibility.ADMIN).stream()
            .filter(e -> e.kind() == EntryKind.ACTION)
            .findFirst();
    if (action.isEmpty()) {
      return;
    }
    var suggestion =
        timelines
            .trace(s.id())
            .map(
                t ->
                    OutcomeSuggester.suggest(
                        t, action.get().what().date(), OutcomeSuggester.periodsFor(t.resolution())))
            .orElse(null);
    if (suggestion == null) {
      return;
    }
    recorder.record(
        EntryDraft.of(
                EntryKind.OUTCOME, end, "[simulated] the analyst confirms what the data suggest")
            .situation(s.id())
            .outcome(suggestion.outcome(), action.get().id())
            .build(),
        "simulated",
        writer);
  }

  private static EntryDraft draft(Situation s, EntryKind kind, LocalDate day, String text) {
    return EntryDraft.of(kind, day, "[simulated] " + text).situation(s.id()).build();
  }

  private static EntryDraft option(
      Situation s, EntryKind kind, LocalDate day, String instrument, String measure, String actor) {
    String text =
        kind == EntryKind.PROPOSAL
            ? "[simulated] the analyst proposed the top-ranked option"
            : "[simulated] the measure was carried out";
    return EntryDraft.of(kind, day, text)
        .situation(s.id())
        .measure(instrument, measure, actor)
        .build();
  }
}
