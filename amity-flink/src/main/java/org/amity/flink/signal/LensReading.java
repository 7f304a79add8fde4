package org.amity.flink.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.amity.signal.Level;
import org.amity.signal.SeriesScores;

/**
 * What a pooled lens reads of one series that one of its two lenses scored: the periods, the values
 * and expected counts, and the daily scores ({@link org.amity.signal.PooledLens#score} uses nothing
 * else). Sent from the per-subject scorer to the pooled scorer, keyed by sea area.
 *
 * @param lens the spec that scored the series (the pool's area or dyad lens)
 * @param subject the sea area or dyad
 * @param days the periods as epoch days
 */
public record LensReading(
    String lens, String subject, long[] days, double[] values, double[] expected, double[] scores) {

  static LensReading of(String lens, String subject, SeriesScores s) {
    long[] days = new long[s.size()];
    for (int i = 0; i < days.length; i++) {
      days[i] = s.periods().get(i).toEpochDay();
    }
    return new LensReading(lens, subject, days, s.values(), s.expected(), s.scores());
  }

  /** The reading as the pooled lens takes it: the other columns empty (NaN, zero, no level). */
  SeriesScores toScores() {
    int n = days.length;
    List<LocalDate> periods = new ArrayList<>(n);
    for (long d : days) {
      periods.add(LocalDate.ofEpochDay(d));
    }
    double[] share = new double[n];
    Arrays.fill(share, Double.NaN);
    Level[] levels = new Level[n];
    Arrays.fill(levels, Level.NONE);
    return new SeriesScores(
        periods,
        values,
        null,
        expected,
        share,
        scores,
        new double[n],
        levels,
        new boolean[n],
        new boolean[n]);
  }
}
