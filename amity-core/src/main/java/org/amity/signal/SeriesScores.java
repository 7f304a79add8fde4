package org.amity.signal;

import java.time.LocalDate;
import java.util.List;

/**
 * A detector's reading of one series, period by period.
 *
 * @param periods period starts, consecutive
 * @param values the numerator (e.g. conflict incidents)
 * @param volumes the denominator (all incidents), or null for a plain count series
 * @param expected what the baseline expected in each period (NaN before enough history)
 * @param baselineShare the baseline share of the volume (NaN for count series or no history)
 * @param scores single-period deviation scores (0 when not scored)
 * @param cusum accumulated sustained excess
 * @param levels level after hysteresis (NONE again once a run is protracted)
 * @param protracted whether the period lies in the protracted state of an earlier run: raised long
 *     enough to be the new normal, not yet back down
 * @param protractedAt whether a run became protracted at this period (the run ends before it)
 * @param covered per period whether a stored source covered it (no score, no history, no chart
 *     point where not: {@link EscalationDetector#score(List, double[], double[], boolean[])}), or
 *     null when every period was
 */
public record SeriesScores(
    List<LocalDate> periods,
    double[] values,
    double[] volumes,
    double[] expected,
    double[] baselineShare,
    double[] scores,
    double[] cusum,
    Level[] levels,
    boolean[] protracted,
    boolean[] protractedAt,
    boolean[] covered) {

  /** A reading of a series whose every period was covered. */
  public SeriesScores(
      List<LocalDate> periods,
      double[] values,
      double[] volumes,
      double[] expected,
      double[] baselineShare,
      double[] scores,
      double[] cusum,
      Level[] levels,
      boolean[] protracted,
      boolean[] protractedAt) {
    this(
        periods,
        values,
        volumes,
        expected,
        baselineShare,
        scores,
        cusum,
        levels,
        protracted,
        protractedAt,
        null);
  }

  /** Whether period i was covered by a stored source. */
  public boolean isCovered(int i) {
    return covered == null || covered[i];
  }

  public int size() {
    return periods.size();
  }
}
