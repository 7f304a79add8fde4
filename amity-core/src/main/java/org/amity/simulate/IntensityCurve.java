package org.amity.simulate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How an episode's daily incidents rise, peak and decay. Escalation builds up over days to weeks
 * ({@code (x)^k} from the first day to the peak, k from 1 to 2.5: slow burns and quicker climbs); a
 * sudden-onset disaster has a few days of warnings, a jump on the day it strikes, then climbs to
 * the peak of displacement and aid. After the peak, intensity falls as {@code (1-y)^1.5} to the
 * last day.
 *
 * @param start first day
 * @param onset for a sudden-onset disaster the day it strikes, else equal to start
 * @param peak the peak day
 * @param end last day
 * @param peakPerDay expected incidents on the peak day
 * @param riseExponent k, the shape of the rise
 */
record IntensityCurve(
    LocalDate start,
    LocalDate onset,
    LocalDate peak,
    LocalDate end,
    double peakPerDay,
    double riseExponent) {

  /** Where in the episode a day falls; scripts weigh their moves by it. */
  enum Phase {
    RISE,
    PEAK,
    FALL
  }

  /** Warnings before a disaster strikes carry this share of the peak intensity. */
  static final double WARNING_LEVEL = 0.12;

  /** On the day a disaster strikes, intensity jumps to this share of the peak. */
  static final double ONSET_LEVEL = 0.45;

  IntensityCurve {
    if (onset.isBefore(start) || peak.isBefore(onset) || end.isBefore(peak)) {
      throw new IllegalArgumentException("start <= onset <= peak <= end must hold");
    }
  }

  boolean active(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** Expected incidents on a day. */
  double expected(LocalDate day) {
    if (!active(day)) {
      return 0;
    }
    if (day.isBefore(onset)) {
      return peakPerDay * WARNING_LEVEL;
    }
    if (!day.isAfter(peak)) {
      double x = (days(onset, day) + 1.0) / (days(onset, peak) + 1.0);
      double rise = StrictMath.pow(x, riseExponent);
      boolean sudden = onset.isAfter(start);
      return peakPerDay * (sudden ? ONSET_LEVEL + (1 - ONSET_LEVEL) * rise : rise);
    }
    double y = days(peak, day) / (days(peak, end) + 1.0);
    return peakPerDay * StrictMath.pow(1 - y, 1.5);
  }

  /**
   * The phase of a day: PEAK within a quarter of the rise before the peak and a sixth of the decay
   * after it (at least one day each side), RISE before, FALL after.
   */
  Phase phase(LocalDate day) {
    long toPeak = days(day, peak);
    if (toPeak > Math.max(1, days(start, peak) / 4)) {
      return Phase.RISE;
    }
    long afterPeak = -toPeak;
    return afterPeak > Math.max(1, days(peak, end) / 6) ? Phase.FALL : Phase.PEAK;
  }

  private static long days(LocalDate a, LocalDate b) {
    return ChronoUnit.DAYS.between(a, b);
  }
}
