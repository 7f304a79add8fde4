package org.amity.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What situation grouping needs to know of a stored alert.
 *
 * @param open the alert is open (a current warning)
 * @param protracted the alert is protracted: not closed, but no longer rising
 */
public record AlertSummary(
    long id,
    String indicator,
    Level level,
    Level peakLevel,
    boolean open,
    boolean protracted,
    LocalDate opened,
    LocalDate lastDay,
    LocalDate closed,
    Map<String, Double> threatShares,
    boolean greatPowerParty,
    double outsidePowerShare,
    List<String> themes,
    double maritimeShare,
    double humanitarianShare) {

  /** Not closed: open or protracted. */
  public boolean ongoing() {
    return open || protracted;
  }
}
