package org.amity.simulate;

import java.time.LocalDate;

/**
 * An alert as the evaluation sees it: one row of the store's {@code alerts} table.
 *
 * @param id the alert id
 * @param scope "country", "dyad", "area" or "region"
 * @param subject "THA", "CHN-VNM" (or a directed "CHN>VNM"), "SULU_CELEBES", ...
 * @param indicator the indicator series it was raised on
 * @param level the current level (watch, warning, alert)
 * @param peakLevel the highest level it reached
 * @param opened the day it opened
 * @param closed the day it closed, or null while open
 */
public record AlertRecord(
    long id,
    String scope,
    String subject,
    String indicator,
    String level,
    String peakLevel,
    LocalDate opened,
    LocalDate closed) {

  /** Whether [opened, closed] (open-ended while open) overlaps [from, to]. */
  boolean overlaps(LocalDate from, LocalDate to) {
    return !opened.isAfter(to) && (closed == null || !closed.isBefore(from));
  }
}
