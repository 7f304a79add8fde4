package org.amity.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.amity.signal.AlertDraft;
import org.amity.signal.DetectionSpec;
import org.amity.signal.EvidencePool;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;
import org.amity.signal.SignalReader;
import org.amity.signal.daily.DetectorInput;

/**
 * What the watch ({@link WatchJob}) reads and writes: which ingests are new, the indicator tables,
 * the detectors' series, the evidence behind alerts, and the stored alerts and situations. A watch
 * runs in one transaction ({@link #inTransaction}), so it sees and leaves a consistent store.
 */
public interface WatchStore {
  /**
   * An alert window to find evidence for.
   *
   * @param eventClass which events the alert's indicator counts: ALL, CONFLICT, MATERIAL,
   *     HUMANITARIAN, COERCION, REBEL or PIRATE (a sea area's pirates include its coast's)
   */
  record EvidenceWindow(
      int key, Scope scope, String subject, LocalDate from, LocalDate to, String eventClass) {}

  /** Parties and period to measure outside great-power involvement over. */
  record PartyWindow(int key, List<String> parties, LocalDate from, LocalDate to) {}

  /** Runs {@code work} in one transaction: all of it is stored, or none (and the error thrown). */
  <T> T inTransaction(Supplier<T> work);

  long maxIngestId();

  long watchedIngestId();

  void setWatchedIngestId(long id);

  /**
   * Whether the last watch built the conflict areas' daily rows (scope theatre) with the areas as
   * they are now defined ({@link org.amity.event.ConflictArea#definition}); false after a change of
   * their divisions, so the next watch builds them again.
   */
  boolean theatresWatched();

  /** Records whether this watch built the conflict areas' daily rows. */
  void setTheatresWatched(boolean on);

  /**
   * The fingerprint of the rules that described the stored alerts (their evidence, threat types,
   * themes and great-power involvement) when a watch last stored them, or null before any.
   */
  String describedWith();

  /** Records the fingerprint of the rules this watch described the alerts with. */
  void setDescribedWith(String rules);

  /**
   * A fingerprint of the store's own part of those rules: the code of the queries that choose the
   * evidence, count the great powers' reports and write them (see {@link CodeFingerprint}).
   */
  String evidenceRules();

  /**
   * Records the gap, in days, within which this watch grouped each scope's alerts into one
   * situation ({@link org.amity.signal.SituationGrouper#gapDays}), so that readers relate
   * situations with the detectors the watch ran, not the shipped ones.
   */
  void setGroupingGaps(java.util.Map<org.amity.signal.Scope, Integer> gaps);

  boolean importsSince(long id);

  /** Marks the days touched by ingests after {@code since}; returns how many. */
  long markAffectedDays(long since);

  /**
   * Recomputes the daily indicators of the affected days (or all, when {@code all}).
   *
   * @param theatres whether the conflict areas on land get series (scope theatre)
   */
  void rebuildIndicators(Set<String> watchSet, boolean theatres, boolean all);

  Set<String> touchedSubjects(Scope scope, Resolution r);

  /** Lets go of the series tables that {@link #load} shares between specs during one watch. */
  void releaseSeries();

  /**
   * @param subjects the subjects to load, or null for all
   */
  Map<String, DetectorInput> load(DetectionSpec spec, String source, Set<String> subjects);

  /**
   * Tells the store which windows {@link #evidencePools} and {@link #greatPowerCounts} are about to
   * be asked for, so that it can read what both need at once. Optional: both work without it.
   */
  default void prepareEvidence(List<EvidenceWindow> windows, List<PartyWindow> parties) {}

  Map<Integer, List<EvidencePool.Item>> evidencePools(List<EvidenceWindow> windows, int perWindow);

  Map<Integer, long[]> greatPowerCounts(List<PartyWindow> windows, Set<String> powers);

  /** Signatures of stored alerts, keyed "indicator|scope|subject|resolution|opened". */
  Map<String, String> alertSignatures();

  /**
   * What imported series declare about their subjects (domain, sea area, themes), keyed
   * "scope|subject"; empty when no import declared anything.
   */
  Map<String, org.amity.ingest.series.SeriesMeta> declaredMeta();

  /** The alert drafts of one series, for {@link #reconcile}. */
  record SeriesAlerts(
      String indicator,
      Scope scope,
      String subject,
      Resolution resolution,
      List<AlertDraft> drafts) {}

  /**
   * Makes the stored alerts of every given series match its drafts (a draft keeps the id of the
   * stored alert it overlaps; stored alerts no draft matches are withdrawn), all series at once.
   */
  void reconcile(List<SeriesAlerts> series);

  /**
   * Keys "scope|subject|indicator|resolution" of series with stored alerts, and "scope|subject" of
   * subjects with stored alerts or situations: the ones a watch must revisit even when nothing is
   * detected on them now.
   */
  Set<String> storedKeys();

  /**
   * Withdraws alerts raised by detectors no longer configured; returns the (scope|subject) keys
   * they were on, which need regrouping.
   */
  Set<String> withdrawOtherIndicators(Set<String> configured);

  void regroup(Scope scope, String subject, int gapDays);

  /** How many alerts and situations are open. */
  SignalReader.OpenCounts openCounts();
}
