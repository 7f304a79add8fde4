package org.amity.response;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.kb.PdFunction;
import org.amity.response.kb.Sector;
import org.amity.response.kb.Theme;
import org.amity.response.kb.ThreatType;

/**
 * A situation as the recommender sees it: the profile plus what follows from it (the functions it
 * needs, the sectors its themes call for, humanitarian signals, great-power pressure).
 *
 * @param pressure great-power pressure from 0 to 1: a great-power party counts 0.5, combined with
 *     the outside-power share as independent pressures (1 - (1 - gp)(1 - share))
 */
record Context(
    SituationProfile situation,
    KnowledgeBase kb,
    Lens lens,
    Phrasing phrasing,
    Map<PdFunction, Double> needs,
    Set<Sector> sectors,
    boolean humanitarianSignals,
    double pressure) {

  static final double GREAT_POWER_PARTY_PRESSURE = 0.5;

  static Context of(SituationProfile s, KnowledgeBase kb, Lens lens, Label label) {
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    for (String t : s.themes()) {
      Theme theme =
          kb.findTheme(t).orElseThrow(() -> new IllegalArgumentException("unknown theme: " + t));
      sectors.addAll(theme.sectors());
    }
    boolean humanitarian =
        s.humanitarian()
            || sectors.contains(Sector.HUMANITARIAN)
            || sectors.contains(Sector.DISASTER);
    double gp = s.greatPowerParty() ? GREAT_POWER_PARTY_PRESSURE : 0;
    double pressure = 1 - (1 - gp) * (1 - s.outsidePowerShare());
    return new Context(
        s,
        kb,
        lens,
        new Phrasing(label),
        FunctionNeeds.of(s, humanitarian),
        sectors,
        humanitarian,
        pressure);
  }

  boolean intraState() {
    return situation.is(ThreatType.INTRA_STATE);
  }

  List<String> parties() {
    return situation.parties();
  }
}
