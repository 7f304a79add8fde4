package org.amity.simulate;

import java.time.LocalDate;

/**
 * A region-wide lull in news volume (a holiday season): every member's background is multiplied by
 * the factor.
 *
 * @param start first quiet day
 * @param end last quiet day
 * @param factor volume multiplier, below 1
 */
public record QuietStretch(LocalDate start, LocalDate end, double factor) {
  public boolean covers(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}
