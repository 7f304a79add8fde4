package org.amity.signal;

import java.time.LocalDate;

/**
 * A run of raised levels on one series, as the detector sees it (before evidence and typology).
 *
 * @param opened first period of the run
 * @param updated last period in which the level rose or stayed raised
 * @param closed first period back at NONE, or null when the run lasts to the end of the series
 * @param peakPeriod period of the highest score in the run
 * @param value the numerator at the peak period
 * @param expected what the baseline expected there
 * @param score the single-period score there
 * @param cusum the CUSUM there
 */
public record DetectedAlert(
    String indicator,
    Scope scope,
    String subject,
    Resolution resolution,
    Level level,
    Level peakLevel,
    LocalDate opened,
    LocalDate updated,
    LocalDate closed,
    LocalDate peakPeriod,
    double value,
    double expected,
    double score,
    double cusum) {

  public boolean open() {
    return closed == null;
  }

  /** The last day the run covers. */
  public LocalDate lastDay() {
    return resolution.next(updated).minusDays(1);
  }

  /** The baseline as stored: 0 where the series had too little history to have one. */
  public double storedBaseline() {
    return Double.isNaN(expected) ? 0 : expected;
  }

  /** The score as stored, to two decimals. */
  public double storedScore() {
    return Math.round(score * 100) / 100.0;
  }
}
