package org.amity.response;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amity.event.CountryTable;
import org.amity.response.kb.Domain;
import org.amity.response.kb.Level;
import org.amity.response.kb.Stage;
import org.amity.response.kb.ThreatType;

/**
 * What the recommender needs to know about a situation. Validated when built: every party a known
 * ISO3 code, at least two parties for an inter-state situation, the great-power flag consistent
 * with the parties, the outside-power share a fraction.
 *
 * @param id the situation's id when it comes from the situations store (empty otherwise)
 * @param parties ISO3 codes of the states involved (for intra-state, the state concerned; for
 *     trans-state, the affected states)
 * @param greatPowerParty an outside great power is itself a party
 * @param outsidePowerShare how much of the activity involves outside powers, 0 to 1
 * @param humanitarian whether there are humanitarian signals (casualties, displacement, need)
 * @param themes theme ids from the knowledge base (territory, piracy, haze...)
 * @param forces optional: which forces are involved (navy, coast-guard, maritime-militia...), so
 *     that force-bound instruments such as CUES can be checked; empty when unknown
 */
public record SituationProfile(
    String id,
    List<String> parties,
    Set<ThreatType> threatTypes,
    Domain domain,
    Level level,
    Stage stage,
    boolean greatPowerParty,
    double outsidePowerShare,
    boolean humanitarian,
    List<String> themes,
    Set<String> forces) {

  public SituationProfile {
    id = id == null ? "" : id;
    parties = List.copyOf(new LinkedHashSet<>(parties));
    threatTypes = Set.copyOf(threatTypes);
    themes = List.copyOf(new LinkedHashSet<>(themes));
    forces = Set.copyOf(forces);
    if (parties.isEmpty()) {
      throw new IllegalArgumentException("a situation needs at least one party (ISO3)");
    }
    CountryTable countries = CountryTable.standard();
    for (String p : parties) {
      countries.getByIso3(p);
    }
    if (threatTypes.isEmpty()) {
      throw new IllegalArgumentException("a situation needs at least one threat type");
    }
    if (threatTypes.contains(ThreatType.INTER_STATE) && parties.size() < 2) {
      throw new IllegalArgumentException("an inter-state situation needs at least two parties");
    }
    if (domain == null || level == null || stage == null) {
      throw new IllegalArgumentException("domain, level and stage are required");
    }
    if (!(outsidePowerShare >= 0 && outsidePowerShare <= 1)) {
      throw new IllegalArgumentException(
          "outsidePowerShare must be from 0 to 1, got " + outsidePowerShare);
    }
    List<String> powers = greatPowersAmong(parties);
    if (greatPowerParty && powers.isEmpty()) {
      throw new IllegalArgumentException(
          "greatPowerParty is true but no party is a great power " + countries.greatPowers());
    }
    if (!greatPowerParty && !powers.isEmpty()) {
      throw new IllegalArgumentException(
          "greatPowerParty is false but " + powers + " is a great power among the parties");
    }
  }

  /** The great powers among {@code parties}, per Amity's country table. */
  public static List<String> greatPowersAmong(List<String> parties) {
    List<String> out = new ArrayList<>(parties);
    out.retainAll(CountryTable.standard().greatPowers());
    return out;
  }

  public boolean is(ThreatType type) {
    return threatTypes.contains(type);
  }
}
