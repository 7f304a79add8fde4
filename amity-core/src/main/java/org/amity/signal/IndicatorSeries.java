package org.amity.signal;

import java.time.LocalDate;
import java.util.List;

/**
 * An indicator series as the faces show it: one point per period with the display band beside it,
 * and for a detector spec's series the detector's expected value, score and level per period.
 *
 * @param subject as stored (upper case; an undirected dyad with its codes in order)
 * @param scored whether the series is a detector spec's, as the watch scored it
 * @param band how the baseline and band were computed, in words
 * @param message why the series has no points and what to ask instead (audit4 H9: a detector's name
 *     asked by the month printed an empty series without a word); for a series with points, which
 *     periods inside it have none and why (a region's deaths where no member was covered, audit4
 *     H3); null when there is nothing to say
 */
public record IndicatorSeries(
    Scope scope,
    String subject,
    String indicator,
    Resolution resolution,
    boolean scored,
    String band,
    List<Point> points,
    String message) {

  /** A series without a message (one with points, or an empty one nobody explained). */
  public IndicatorSeries(
      Scope scope,
      String subject,
      String indicator,
      Resolution resolution,
      boolean scored,
      String band,
      List<Point> points) {
    this(scope, subject, indicator, resolution, scored, band, points, null);
  }

  /** The same series with this message. */
  public IndicatorSeries withMessage(String why) {
    return new IndicatorSeries(scope, subject, indicator, resolution, scored, band, points, why);
  }

  /**
   * One period. Baseline, low and high are null where there is too little history; score and level
   * are null for a series no detector scores.
   */
  public record Point(
      LocalDate period,
      double value,
      String source,
      Double baseline,
      Double low,
      Double high,
      Double score,
      String level) {}
}
