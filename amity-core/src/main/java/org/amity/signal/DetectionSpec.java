package org.amity.signal;

/**
 * One detector to run: over which series (scope, resolution, numerator indicator, denominator
 * indicator or none) and with which settings.
 *
 * @param name short identifier, also the alert's indicator label (e.g. "conflict")
 * @param denominator indicator giving the volume, or null to score plain counts
 * @param minSubjectVolume subjects whose whole series has less volume (or count) than this are not
 *     watched (too sparse to say anything)
 * @param rollingPeriods 1 to score each period alone; k to score, each period, the sum of the last
 *     k periods (a daily step over a weekly sum: thin series gain the volume of a week without
 *     waiting for a calendar week to end, and an alert opens on the day it could be known)
 * @param directed for dyads: score each direction ({@code A>B}) instead of both combined ({@code
 *     A-B})
 * @param subjects the only subjects this spec watches (e.g. the countries with a conflict area), or
 *     empty for every subject of its scope
 * @param thin other limits for periods whose expected count is small, or null for none ({@link
 *     ThinLimits})
 */
public record DetectionSpec(
    String name,
    Scope scope,
    Resolution resolution,
    String numerator,
    String denominator,
    double minSubjectVolume,
    int rollingPeriods,
    boolean directed,
    DetectorSettings settings,
    java.util.Set<String> subjects,
    ThinLimits thin) {

  /** A spec with the same limits at every expected count. */
  public DetectionSpec(
      String name,
      Scope scope,
      Resolution resolution,
      String numerator,
      String denominator,
      double minSubjectVolume,
      int rollingPeriods,
      boolean directed,
      DetectorSettings settings,
      java.util.Set<String> subjects) {
    this(
        name,
        scope,
        resolution,
        numerator,
        denominator,
        minSubjectVolume,
        rollingPeriods,
        directed,
        settings,
        subjects,
        null);
  }

  /** A spec over every subject of its scope. */
  public DetectionSpec(
      String name,
      Scope scope,
      Resolution resolution,
      String numerator,
      String denominator,
      double minSubjectVolume,
      int rollingPeriods,
      boolean directed,
      DetectorSettings settings) {
    this(
        name,
        scope,
        resolution,
        numerator,
        denominator,
        minSubjectVolume,
        rollingPeriods,
        directed,
        settings,
        java.util.Set.of());
  }

  public DetectionSpec {
    subjects = java.util.Set.copyOf(subjects);
    if (rollingPeriods < 1) {
      throw new IllegalArgumentException("rolling periods must be at least 1");
    }
    if (rollingPeriods > 1 && settings.guard() < rollingPeriods) {
      throw new IllegalArgumentException(
          "a rolling sum of " + rollingPeriods + " periods needs a guard of at least as many");
    }
  }

  /** Whether this spec watches {@code subject} (every subject when no list is given). */
  public boolean watches(String subject) {
    return subjects.isEmpty() || subjects.contains(subject);
  }

  /**
   * Scores a subject's series under this spec: rolled as the spec says, against its own baseline.
   * The watch and the charts both call this, so a chart shows what the watch saw.
   *
   * @param denominator the volume per period, or null for a count series
   */
  public SeriesScores score(
      java.util.List<java.time.LocalDate> periods, double[] numerator, double[] denominator) {
    return score(periods, numerator, denominator, null);
  }

  /**
   * As {@link #score(java.util.List, double[], double[])}, scoring only the periods a stored source
   * covered ({@link EscalationDetector#score(java.util.List, double[], double[], boolean[])}).
   *
   * @param covered per period whether a source covered it, or null when all were
   */
  public SeriesScores score(
      java.util.List<java.time.LocalDate> periods,
      double[] numerator,
      double[] denominator,
      boolean[] covered) {
    EscalationDetector detector = new EscalationDetector(settings, rollingPeriods, thin);
    if (settings.spreadFromDays() && rollingPeriods > 1) {
      return detector.scoreSums(periods, numerator, denominator, rollingPeriods, covered);
    }
    return detector.score(periods, rolled(numerator), rolled(denominator), covered);
  }

  /**
   * Sums of the last {@code rollingPeriods} values at each period (the values if 1; null stays).
   */
  public double[] rolled(double[] values) {
    return rollingPeriods == 1 ? values : EscalationDetector.rolling(values, rollingPeriods);
  }
}
