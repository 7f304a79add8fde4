package org.amity.simulate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How the alerts in a store score against the truth of a simulated run. Ratios are null when
 * undefined (no alerts for precision, no detections for the median lead).
 *
 * @param episodes injected episodes
 * @param detected episodes with a related alert opened in [start - 7, end]
 * @param recall detected / episodes
 * @param precision alerts about some episode (related to it, or concerning a country its events
 *     carry: {@link AlertMatcher#concerns}) / all alerts
 * @param medianLeadDays median over detected episodes of peak minus the earliest detecting alert's
 *     opening day (negative: after the peak)
 * @param falseAlertsPerCountryYear false alerts / (ASEAN members x simulated years)
 * @param alerts alerts considered (at or above the minimum level)
 * @param relatedAlerts alerts about at least one episode
 * @param falseAlerts alerts about no episode
 * @param decoyAlerts false alerts on a decoy's subject overlapping its days
 * @param decoyAlertsWithEcho the same with the decoy's window extended 7 days after its end
 * @param alertsOutsideRun alerts opened before the first simulated (or scored) day or more than 14
 *     days after the last (back-dated rows can raise them; scored from a day, the history's
 *     last-week alerts that detect a scored episode); counted like any other alert
 * @param countries ASEAN members counted in the false-alert rate
 * @param years simulated years
 * @param minLevel the lowest alert level counted
 * @param byType per episode type
 * @param byStrength per strength class (weak, moderate, strong)
 * @param falseAlertsBySubject false alerts per "scope:subject"
 * @param falseAlertsByLens false alerts per lens (the indicator they were raised on), so the lenses
 *     that spend the false-alert budget are in view
 * @param detail one entry per episode
 */
@JsonPropertyOrder({
  "episodes",
  "detected",
  "recall",
  "precision",
  "medianLeadDays",
  "falseAlertsPerCountryYear"
})
public record Evaluation(
    int episodes,
    int detected,
    Double recall,
    Double precision,
    Double medianLeadDays,
    double falseAlertsPerCountryYear,
    int alerts,
    int relatedAlerts,
    int falseAlerts,
    int decoyAlerts,
    int decoyAlertsWithEcho,
    int alertsOutsideRun,
    int countries,
    double years,
    String minLevel,
    Map<String, Group> byType,
    Map<String, Group> byStrength,
    Map<String, Integer> falseAlertsBySubject,
    Map<String, Integer> falseAlertsByLens,
    List<EpisodeResult> detail) {

  /**
   * Scores of a group of episodes.
   *
   * @param episodes episodes in the group
   * @param detected detected ones
   * @param recall detected / episodes, null for an empty group
   * @param medianLeadDays median lead of the detected ones, null if none
   */
  public record Group(int episodes, int detected, Double recall, Double medianLeadDays) {}

  /**
   * One episode's outcome.
   *
   * @param id episode id
   * @param type episode type
   * @param parties parties
   * @param seaArea sea area or null
   * @param strength weak, moderate or strong
   * @param start first day
   * @param peak peak day
   * @param end last day
   * @param detected whether detected
   * @param leadDays peak minus the first detecting alert's opening, null if undetected
   * @param relatedAlerts alerts related to it
   * @param firstAlert "id scope:subject indicator level" of the first detecting alert, or null
   */
  public record EpisodeResult(
      String id,
      String type,
      List<String> parties,
      String seaArea,
      String strength,
      LocalDate start,
      LocalDate peak,
      LocalDate end,
      boolean detected,
      Long leadDays,
      int relatedAlerts,
      String firstAlert) {}
}
