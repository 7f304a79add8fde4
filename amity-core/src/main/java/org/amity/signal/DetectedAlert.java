package org.amity.signal;

import java.time.LocalDate;

/**
 * A run of raised levels on one series, as the detector sees it (before evidence and typology).
 *
 * @param opened first period of the run
 * @param updated last period in which the level rose or stayed raised
 * @param closed first period back at NONE (for a protracted run: the period its protracted state
 *     ended), or null when it lasts to the end of the series
 * @param protracted the period from which the run counts as protracted (raised for the detector's
 *     {@code protractAfter} periods without rising further), or null; null too for a run whose
 *     protracted state would have ended in the period it began, which closes there instead
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
    LocalDate protracted,
    LocalDate peakPeriod,
    double value,
    double expected,
    double score,
    double cusum) {

  /** Open or protracted: not yet closed. */
  public boolean open() {
    return closed == null;
  }

  /** "open", "protracted" (not closed, no longer rising) or "closed". */
  public String status() {
    return closed != null ? "closed" : protracted != null ? "protracted" : "open";
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
