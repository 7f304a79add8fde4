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
import org.amity.signal.GreatPowerRole;

/**
 * What the recommender needs to know about a situation. Validated when built: at least one party,
 * every party a known ISO3 code, a threat type, domain, level and stage, the outside-power share a
 * fraction. The stricter checks of a situation typed by a person (two parties for inter-state, the
 * great-power flag consistent with the parties) are {@link SituationReader}'s, so that situations
 * built by the signals feature, where a great power may be involved without being listed, still
 * load.
 *
 * @param id the situation's id when it comes from the situations store (empty otherwise)
 * @param parties ISO3 codes of the states involved (for intra-state, the state concerned; for
 *     trans-state, the affected states)
 * @param greatPowerParty an outside great power is itself a party; always true when one of the
 *     parties is a great power (the one value every check, score and note reads)
 * @param outsidePowerShare how much of the activity involves outside powers, 0 to 1
 * @param humanitarian whether there are humanitarian signals (casualties, displacement, need)
 * @param themes theme ids from the knowledge base (territory, piracy, haze...)
 * @param forces optional: which forces are involved (navy, coast-guard, maritime-militia...), so
 *     that force-bound instruments such as CUES can be checked; empty when unknown
 * @param greatPowerRole why {@code greatPowerParty} is set: a great power is a side ({@code
 *     PARTY}), or a coastal state of the sea area the situation is (a sea area's piracy, where no
 *     side need be Chinese); the flag weighs the same in the score, the words differ. {@code NONE}
 *     exactly when no great power is concerned; {@code PARTY} when the flag is set and no role is
 *     given
 * @param domainKnown whether sea or land could be read from the situation's evidence: false when no
 *     evidence item carries a place (ICEWS daily rows have none) and the parties could meet at sea;
 *     {@code domain} is then the reading by default (land), and instruments that work only at sea
 *     or only on land are kept, flagged, instead of excluded
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
    Set<String> forces,
    GreatPowerRole greatPowerRole,
    boolean domainKnown) {

  /** A situation whose great power, if any, is a side (a situation typed by hand). */
  public SituationProfile(
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
    this(
        id,
        parties,
        threatTypes,
        domain,
        level,
        stage,
        greatPowerParty,
        outsidePowerShare,
        humanitarian,
        themes,
        forces,
        null,
        true);
  }

  public SituationProfile {
    id = id == null ? "" : id;
    parties = List.copyOf(new LinkedHashSet<>(parties));
    threatTypes = Set.copyOf(threatTypes);
    themes = List.copyOf(new LinkedHashSet<>(themes));
    forces = Set.copyOf(forces);
    greatPowerParty = greatPowerParty || !greatPowersAmong(parties).isEmpty();
    if (!greatPowerParty) {
      greatPowerRole = GreatPowerRole.NONE;
    } else if (greatPowerRole == null || greatPowerRole == GreatPowerRole.NONE) {
      greatPowerRole = GreatPowerRole.PARTY;
    }
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
    if (domain == null || level == null || stage == null) {
      throw new IllegalArgumentException("domain, level and stage are required");
    }
    if (!(outsidePowerShare >= 0 && outsidePowerShare <= 1)) {
      throw new IllegalArgumentException(
          "outsidePowerShare must be from 0 to 1, got " + outsidePowerShare);
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

  /** The same situation with other parties and the outside-power share read over them. */
  public SituationProfile withParties(List<String> others, double share) {
    return new SituationProfile(
        id,
        others,
        threatTypes,
        domain,
        level,
        stage,
        greatPowerParty,
        share,
        humanitarian,
        themes,
        forces,
        greatPowerRole,
        domainKnown);
  }

  /** The same situation with its sea or land not known ({@link #domainKnown} false). */
  public SituationProfile withDomainUnknown() {
    return new SituationProfile(
        id,
        parties,
        threatTypes,
        domain,
        level,
        stage,
        greatPowerParty,
        outsidePowerShare,
        humanitarian,
        themes,
        forces,
        greatPowerRole,
        false);
  }
}
