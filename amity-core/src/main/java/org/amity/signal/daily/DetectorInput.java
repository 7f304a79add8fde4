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

  /**
   * This series with each period marked covered where {@code news} covers any of its days ({@link
   * NewsCoverage#over}); this series itself when {@code news} is null (every period covered).
   */
  public DetectorInput coveredBy(NewsCoverage news, org.amity.signal.Resolution r) {
    return news == null
        ? this
        : new DetectorInput(periods, numerator, denominator, news.over(periods, r));
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
