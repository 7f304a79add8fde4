package org.amity.response.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The warning–response gap over a period, from the warnings and the timeline entries alone. An
 * answer is a consultation or an action on the warning's situation that no later entry supersedes;
 * one dated before the first warning (already under way) counts as answered on day 0. Outcomes
 * count the analysts' confirmed outcome, not the data's suggestion.
 */
public final class GapMetrics {
  /** The {@code byInstrument} key of actions recorded without an instrument. */
  public static final String NO_INSTRUMENT = "(no instrument named)";

  /**
   * The {@code byInstrument} key of outcomes that no action preceded (a coup two days before the
   * first action is not that action's outcome).
   */
  public static final String NO_ACTION = "(no action before it)";

  /**
   * The counts of the gap's tables in the order people read them: warnings, how many were answered
   * within 30 and 90 days, the actions, then the outcomes from the best to the worst; a count of
   * another name (an outcome Amity does not know) after them, by name (audit6 J13: the tables took
   * the order of the server's map).
   */
  public static final List<String> COUNT_ORDER =
      List.of(
          "warnings",
          "answered30",
          "answered90",
          "actions",
          "de-escalated",
          "unchanged",
          "escalated");

  /** Orders the counts' names as {@link #COUNT_ORDER} does. */
  public static final Comparator<String> COUNTS_IN_ORDER =
      Comparator.<String>comparingInt(
              k -> COUNT_ORDER.contains(k) ? COUNT_ORDER.indexOf(k) : COUNT_ORDER.size())
          .thenComparing(Comparator.naturalOrder());

  private GapMetrics() {}

  /**
   * @param from first day of warnings counted, or null for no limit
   * @param to last day, or null for no limit
   */
  public static GapReport compute(
      List<WarningRecord> warnings, List<TimelineEntry> entries, LocalDate from, LocalDate to) {
    Map<Long, List<TimelineEntry>> bySituation = new HashMap<>();
    int unattached = 0;
    int unattachedEntries = 0;
    for (TimelineEntry e : entries) {
      if (e.id() <= 0 || e.superseded()) {
        continue;
      }
      if (e.situationId() == null) {
        if (within(e.what().date(), from, to)) {
          unattachedEntries++;
          if (e.kind().answers()) {
            unattached++;
          }
        }
        continue;
      }
      bySituation.computeIfAbsent(e.situationId(), k -> new ArrayList<>()).add(e);
    }
    List<WarningRecord> counted =
        warnings.stream()
            .filter(w -> within(w.firstWarning(), from, to))
            .sorted(Comparator.comparing(WarningRecord::firstWarning))
            .toList();
    int in30 = 0;
    int in90 = 0;
    List<Double> toConsultation = new ArrayList<>();
    List<Double> toAction = new ArrayList<>();
    List<GapReport.Unanswered> unanswered = new ArrayList<>();
    Map<String, Map<String, Integer>> byInstrument = new TreeMap<>();
    Map<String, Map<String, Integer>> byThreat = new TreeMap<>();
    for (WarningRecord w : counted) {
      List<TimelineEntry> mine = bySituation.getOrDefault(w.situationId(), List.of());
      Long consult = firstDays(mine, w.firstWarning(), EntryKind.CONSULTATION);
      Long action = firstDays(mine, w.firstWarning(), EntryKind.ACTION);
      Long first = consult;
      if (action != null && (first == null || action < first)) {
        first = action;
      }
      Map<String, Integer> threat = byThreat.computeIfAbsent(w.threatType(), k -> counts());
      add(threat, "warnings");
      if (consult != null) {
        toConsultation.add(consult.doubleValue());
      }
      if (action != null) {
        toAction.add(action.doubleValue());
      }
      if (first == null) {
        unanswered.add(
            new GapReport.Unanswered(
                w.situationId(), w.title(), w.subject(), w.firstWarning(), w.peak().key()));
      } else {
        in30 += first <= 30 ? 1 : 0;
        in90 += first <= 90 ? 1 : 0;
        if (first <= 30) {
          add(threat, "answered30");
        }
        if (first <= 90) {
          add(threat, "answered90");
        }
      }
      Map<Long, TimelineEntry> byId = new HashMap<>();
      mine.forEach(e -> byId.put(e.id(), e));
      for (TimelineEntry e : mine) {
        if (e.kind() == EntryKind.ACTION) {
          add(byInstrument.computeIfAbsent(key(e.what().instrument()), k -> counts()), "actions");
        } else if (e.kind() == EntryKind.OUTCOME) {
          add(threat, e.what().outcome());
          TimelineEntry answered = actionOf(e, mine, byId);
          String instrument = answered == null ? NO_ACTION : key(answered.what().instrument());
          add(byInstrument.computeIfAbsent(instrument, k -> counts()), e.what().outcome());
        }
      }
    }
    int n = counted.size();
    return new GapReport(
        from,
        to,
        n,
        n == 0 ? 0 : (double) in30 / n,
        n == 0 ? 0 : (double) in90 / n,
        in30,
        in90,
        median(toConsultation),
        median(toAction),
        byInstrument,
        byThreat,
        unanswered,
        unattached,
        unattachedEntries);
  }

  /** Days from the warning to the first entry of {@code kind} (0 if before it), or null. */
  private static Long firstDays(List<TimelineEntry> entries, LocalDate warning, EntryKind kind) {
    Long best = null;
    for (TimelineEntry e : entries) {
      if (e.kind() == kind) {
        long d = Math.max(0, ChronoUnit.DAYS.between(warning, e.what().date()));
        best = best == null ? d : Math.min(best, d);
      }
    }
    return best;
  }

  /**
   * The action an outcome answers: the one it names (by {@code about}), else the latest action on
   * or before its date; null when no action came before it.
   */
  private static TimelineEntry actionOf(
      TimelineEntry outcome, List<TimelineEntry> mine, Map<Long, TimelineEntry> byId) {
    TimelineEntry about = outcome.what().about() == null ? null : byId.get(outcome.what().about());
    if (about != null) {
      return about;
    }
    TimelineEntry latest = null;
    for (TimelineEntry e : mine) {
      if (e.kind() == EntryKind.ACTION
          && !e.what().date().isAfter(outcome.what().date())
          && (latest == null || e.what().date().isAfter(latest.what().date()))) {
        latest = e;
      }
    }
    return latest;
  }

  /** One row of a gap table: its counts in {@link #COUNT_ORDER}. */
  private static Map<String, Integer> counts() {
    return new TreeMap<>(COUNTS_IN_ORDER);
  }

  private static String key(String instrument) {
    return instrument == null ? NO_INSTRUMENT : instrument;
  }

  private static void add(Map<String, Integer> m, String key) {
    m.merge(key, 1, Integer::sum);
  }

  static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return d != null && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
  }

  static Double median(List<Double> xs) {
    if (xs.isEmpty()) {
      return null;
    }
    List<Double> s = xs.stream().sorted().toList();
    int m = s.size() / 2;
    return s.size() % 2 == 1 ? s.get(m) : (s.get(m - 1) + s.get(m)) / 2;
  }
}
