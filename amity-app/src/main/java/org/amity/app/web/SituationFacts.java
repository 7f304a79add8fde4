package org.amity.app.web;

import java.util.List;
import java.util.Map;

/**
 * A stored situation as the recommender needs it (the input of {@code amity recommend --input}).
 *
 * @param scope "country", "dyad" or "area": decides the threat type assumed when the evidence could
 *     not be typed
 * @param parties ISO3 codes of the countries directly involved
 * @param threatTypes share of the evidence behind each type ("inter-state", "intra-state",
 *     "trans-state")
 * @param domain "maritime" or "land"; null when the detector did not say
 * @param level "watch", "warning" or "alert"
 * @param stage "latent", "emerging", "crisis" or "post-crisis"; null when unknown
 * @param outsidePowerShare share of the parties' events whose other actor is an outside great power
 */
public record SituationFacts(
    long id,
    String scope,
    List<String> parties,
    Map<String, Double> threatTypes,
    String domain,
    String level,
    String stage,
    boolean greatPowerParty,
    double outsidePowerShare,
    boolean humanitarian,
    List<String> themes) {}
