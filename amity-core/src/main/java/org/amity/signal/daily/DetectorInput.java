package org.amity.signal.daily;

import java.time.LocalDate;
import java.util.List;

/**
 * A subject's series as one detector spec reads it, gap-free (missing periods are zero).
 *
 * @param denominator the volume per period, or null for a count series
 */
public record DetectorInput(List<LocalDate> periods, double[] numerator, double[] denominator) {
  /** The denominator's total, or the numerator's for a count series. */
  public double volume() {
    double v = 0;
    for (double d : denominator != null ? denominator : numerator) {
      v += d;
    }
    return v;
  }
}
