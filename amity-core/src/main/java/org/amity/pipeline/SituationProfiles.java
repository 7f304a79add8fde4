package org.amity.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.amity.response.SituationProfile;
import org.amity.response.kb.Domain;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.kb.Stage;
import org.amity.response.kb.Term;
import org.amity.response.kb.ThreatType;
import org.amity.signal.GreatPowerRole;
import org.amity.signal.Scope;
import org.amity.signal.Situation;

/**
 * Turns a detected situation into what the response recommender reads. Parties: the country, the
 * two countries of a dyad, or the coastal states of a sea area. Threat types: those with a
 * reportable share of the evidence; when the evidence could not be typed, the scope's natural type
 * (dyad: inter-state; country: intra-state; sea area: trans-state). Themes the knowledge base does
 * not know are left out.
 */
public final class SituationProfiles {
  private SituationProfiles() {}

  public static SituationProfile of(Situation s, KnowledgeBase kb) {
    List<String> parties =
        s.scope() == Scope.AREA || s.scope() == Scope.THEATRE
            ? Scope.involved(s.scope(), s.subject())
            : s.parties();
    return of(
        Long.toString(s.id()),
        parties,
        s.threatTypes(),
        fallback(s.scope()),
        s.domain(),
        s.level().key(),
        s.stage(),
        s.greatPowerParty(),
        s.outsidePowerShare(),
        s.humanitarian(),
        s.themes(),
        kb,
        GreatPowerRole.of(s.scope(), s.subject(), s.greatPowerParty()));
  }

  /** The threat type a situation of this scope has when its evidence could not be typed. */
  public static ThreatType fallback(Scope scope) {
    return switch (scope) {
      case DYAD -> ThreatType.INTER_STATE;
      case AREA -> ThreatType.TRANS_STATE;
      default -> ThreatType.INTRA_STATE;
    };
  }

  /**
   * The profile from a situation's stored facts.
   *
   * @param fallback the threat type to assume when the evidence could not be typed
   * @param greatPowerRole why a great power is concerned (a side, or a coastal state of the sea
   *     area)
   */
  private static SituationProfile of(
      String id,
      List<String> parties,
      List<String> threatTypes,
      ThreatType fallback,
      String domain,
      String level,
      String stage,
      boolean greatPowerParty,
      double outsidePowerShare,
      boolean humanitarian,
      List<String> themes,
      KnowledgeBase kb,
      GreatPowerRole greatPowerRole) {
    Set<ThreatType> types = EnumSet.noneOf(ThreatType.class);
    for (String t : threatTypes) {
      types.add(Term.parse(ThreatType.class, t, "threat type"));
    }
    if (types.isEmpty()) {
      types.add(fallback);
    }
    List<String> known = new ArrayList<>();
    for (String t : themes) {
      if (kb.findTheme(t).isPresent()) {
        known.add(t);
      }
    }
    return new SituationProfile(
        id,
        parties,
        types,
        Term.parse(Domain.class, domain == null ? "land" : domain, "domain"),
        Term.parse(org.amity.response.kb.Level.class, level, "level"),
        Term.parse(Stage.class, stage == null ? "emerging" : stage, "stage"),
        greatPowerParty,
        outsidePowerShare,
        humanitarian,
        known,
        Set.of(),
        greatPowerRole,
        true);
  }
}
