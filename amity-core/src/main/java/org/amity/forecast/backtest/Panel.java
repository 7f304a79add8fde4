package org.amity.forecast.backtest;

import java.util.List;
import java.util.Map;

/**
 * Everything a target offers to a backtest: its cases, and the timing rules that keep forecasts
 * honest. A case's training label uses information up to {@code period + trainLag}; its outcome is
 * at {@code period + horizon}. At a forecast origin T (the last period whose data are known) a
 * model may learn only from cases with {@code period + trainLag <= T}, and the base rate may use
 * only outcomes with {@code period + horizon <= T}.
 *
 * @param target target name ("ewp", "ucdp", ...)
 * @param unitKind what a unit is ("country", "sea area", "dyad")
 * @param periodKind "year" or "month"
 * @param horizon periods between the features and the scored outcome
 * @param trainLag periods between the features and the end of the training label
 * @param features feature names, in the order of {@link Case#x()}
 * @param cases all cases
 * @param firstOrigin the first origin to backtest (enough history before it to learn from)
 * @param published name of the published forecast source, or null when there is none
 * @param unitBaseRate true when the base rate is each unit's own history (counts per sea area),
 *     false for one rate over all units (rare events per country)
 * @param files data files used, name to path (for provenance hashes)
 * @param notes definitions of the label and outcome in words, for reports; the key {@link #CAVEAT}
 *     holds a sentence a reader needs beside every forecast of the panel (stored runs add it to
 *     their meaning)
 * @param trainWindow 0 for an expanding training window (every case whose label is known); else the
 *     number of most recent feature periods whose labels are known at an origin that a model may
 *     learn from there (a fixed-length, sliding window)
 */
public record Panel(
    String target,
    String unitKind,
    String periodKind,
    int horizon,
    int trainLag,
    String[] features,
    List<Case> cases,
    int firstOrigin,
    String published,
    boolean unitBaseRate,
    Map<String, java.nio.file.Path> files,
    Map<String, String> notes,
    int trainWindow) {

  /** The notes' key of a sentence that belongs with the meaning of every forecast. */
  public static final String CAVEAT = "caveat";

  /** A month panel's period index (year * 12 + month - 1) as "2019-03". */
  public static String monthLabel(int index) {
    return String.format(java.util.Locale.ROOT, "%04d-%02d", index / 12, index % 12 + 1);
  }

  public Panel {
    if (trainWindow < 0) {
      throw new IllegalArgumentException("trainWindow must be 0 or more, not " + trainWindow);
    }
  }

  /** A panel with an expanding training window (the default). */
  public Panel(
      String target,
      String unitKind,
      String periodKind,
      int horizon,
      int trainLag,
      String[] features,
      List<Case> cases,
      int firstOrigin,
      String published,
      boolean unitBaseRate,
      Map<String, java.nio.file.Path> files,
      Map<String, String> notes) {
    this(
        target,
        unitKind,
        periodKind,
        horizon,
        trainLag,
        features,
        cases,
        firstOrigin,
        published,
        unitBaseRate,
        files,
        notes,
        0);
  }

  /**
   * The same panel, its models learning at each origin only from the {@code periods} most recent
   * feature periods whose labels are known there (0: every such period, the expanding window).
   */
  public Panel withTrainWindow(int periods) {
    return new Panel(
        target,
        unitKind,
        periodKind,
        horizon,
        trainLag,
        features,
        cases,
        firstOrigin,
        published,
        unitBaseRate,
        files,
        notes,
        periods);
  }

  /** The same panel over other cases (a test's scrambled or poisoned copy, say). */
  public Panel withCases(List<Case> other) {
    return new Panel(
        target,
        unitKind,
        periodKind,
        horizon,
        trainLag,
        features,
        other,
        firstOrigin,
        published,
        unitBaseRate,
        files,
        notes,
        trainWindow);
  }

  public boolean hasPublished() {
    return published != null;
  }

  /** The last period with any case. */
  public int lastPeriod() {
    return cases.stream().mapToInt(Case::period).max().orElseThrow();
  }

  /** The last origin whose cases have known outcomes. */
  public int lastScorableOrigin() {
    return cases.stream()
        .filter(c -> !Double.isNaN(c.outcome()))
        .mapToInt(Case::period)
        .max()
        .orElseThrow(() -> new IllegalStateException(target + ": no case has a known outcome"));
  }
}
