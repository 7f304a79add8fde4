package org.amity.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A developing situation: the alerts on one country, dyad, sea area or conflict area whose periods
 * overlap or nearly touch, seen as one story.
 *
 * @param level the highest level among its open alerts (the peak level once all are closed)
 * @param parties the countries involved (ISO3)
 * @param domain "maritime" or "land"
 * @param stage "latent", "emerging", "crisis" or "post-crisis"
 * @param themes what the evidence is about (territory, insurgency, piracy, protest, disaster...)
 * @param alertIds the alerts it groups
 */
public record Situation(
    long id,
    Scope scope,
    String subject,
    String title,
    Level level,
    String status,
    LocalDate opened,
    LocalDate updated,
    LocalDate closed,
    List<String> parties,
    List<String> threatTypes,
    Map<String, Double> threatShares,
    String domain,
    String stage,
    boolean greatPowerParty,
    double outsidePowerShare,
    boolean humanitarian,
    List<String> themes,
    List<Long> alertIds) {}
