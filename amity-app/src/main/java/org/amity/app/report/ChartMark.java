package org.amity.app.report;

import java.time.LocalDate;

/**
 * Something drawn on the chart's time axis besides the series: an alert period (shaded, coloured by
 * level) or a timeline entry (a tick with its kind).
 *
 * @param from first day (the entry's date for a tick)
 * @param to last day of a period; null for a tick
 * @param label the level of an alert ("warning") or the kind of an entry ("consultation")
 */
public record ChartMark(LocalDate from, LocalDate to, String label) {
  public boolean period() {
    return to != null;
  }
}
