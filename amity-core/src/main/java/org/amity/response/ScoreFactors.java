package org.amity.response;

/**
 * The named factors an option's score is the product of, each from 0 to 1 (see docs/response.md).
 *
 * @param functionFit how well the measure's functions, stages and threat types fit the situation
 * @param coverage how far the instrument's membership covers the parties (and forces involved)
 * @param domain how well its sectors match the situation's themes, lower for a general body than
 *     for one made for the situation's domain (sea or land)
 * @param mandate whether the instrument was made for the situation's own challenge (1), is a
 *     general body that takes up anything (lower), or was made for other challenges (lowest); 1 for
 *     every option when the situation has no themes
 * @param readiness whether the instrument (or this offer of it) can act now
 * @param acceptability how little the option strains the region's entrenched norms
 * @param greatPower the great-power modifier: lower when a great power is a party or outside powers
 *     are heavily involved, least so for ASEAN-led options
 */
public record ScoreFactors(
    double functionFit,
    double coverage,
    double domain,
    double mandate,
    double readiness,
    double acceptability,
    double greatPower) {

  public double product() {
    return functionFit * coverage * domain * mandate * readiness * acceptability * greatPower;
  }
}
