package org.amity.signal.daily;

import java.time.LocalDate;
import java.util.List;

/**
 * A subject's series as one detector spec reads it, gap-free (missing periods are zero).
 *
 * @param denominator the volume per period, or null for a count series
 * @param covered per period whether a stored source covered it ({@link NewsCoverage}), or null when
 *     every period counts as covered
 */
public record DetectorInput(
    List<LocalDate> periods, double[] numerator, double[] denominator, boolean[] covered) {
  /** A series whose every period counts as covered. */
  public DetectorInput(List<LocalDate> periods, double[] numerator, double[] denominator) {
    this(periods, numerator, denominator, null);
  }

  /** The denominator's total, or the numerator's for a count series. */
  public double volume() {
    double v = 0;
    for (double d : denominator != null ? denominator : numerator) {
      v += d;
    }
    return v;
  }
}
