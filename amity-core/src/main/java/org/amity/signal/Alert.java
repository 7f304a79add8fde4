package org.amity.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An alert as stored and shown: the indicator that rose, its value against the baseline, the score,
 * the period, and the evidence. Lifecycle: {@code opened}, {@code updated} while raised, {@code
 * closed} once the series has been quiet for the cooldown ({@code status} open, protracted, closed,
 * or withdrawn when later data no longer supports it). An alert whose level persisted without
 * rising further for the detector's {@code protractAfter} periods is protracted from then on: no
 * longer a fresh warning, not yet over.
 *
 * @param threatTypes the types with a reportable share of the evidence, largest first
 * @param threatShares share of the evidence behind each type
 * @param greatPowerParty whether an outside great power is itself a party
 * @param outsidePowerShare share of the parties' events in the period whose other actor is an
 *     outside great power
 * @param protracted the period from which the alert counts as protracted, or null
 */
public record Alert(
    long id,
    Long situationId,
    Level level,
    Level peakLevel,
    String status,
    Scope scope,
    String subject,
    List<String> threatTypes,
    Map<String, Double> threatShares,
    LocalDate opened,
    LocalDate updated,
    LocalDate closed,
    String indicator,
    Resolution resolution,
    LocalDate periodStart,
    LocalDate periodEnd,
    double value,
    double baseline,
    double score,
    boolean greatPowerParty,
    double outsidePowerShare,
    LocalDate protracted,
    List<Evidence> evidence) {

  /**
   * The last day the alert was open once it has closed: the day before {@code closed}, which is the
   * first day back to normal (as the store's date ranges and weekly trend read it); null while it
   * is not closed.
   */
  public LocalDate lastOpenDay() {
    return closed == null ? null : closed.minusDays(1);
  }
}
