package org.amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.Precedent;
import org.amity.response.RankedOption;
import org.amity.response.Recommendation;
import org.amity.response.cases.CasePrecedents;
import org.amity.response.cases.CaseSet;
import org.amity.response.cases.DocumentedCase;
import org.amity.response.kb.KnowledgeBase;
import org.amity.signal.Situation;
import org.junit.jupiter.api.Test;

/**
 * A past situation is advised with the knowledge base of its year (audit2 D16); what was left of
 * D16 (thirty-second round): the members of the TAC, the ARF and the EAS were not dated, so China
 * counted a party to the TAC in 1993 (it acceded in 2003), and the precedents were not dated, so a
 * 1993 situation cited cases of 2008. On the code before this class, both held.
 */
class APastSituationIsAdvisedWithTheMembersAndPrecedentsOfItsYearTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();
  private static final CasePrecedents CASES = CasePrecedents.standard(KB);
  private static final int NOW = 2026;

  /**
   * South China Sea piracy (China, Viet Nam, the Philippines, Malaysia, Brunei, Indonesia), closed
   * within the year it opened ({@link SituationAdviceTest#southChinaSeaPiracy}).
   */
  private static Situation piracy(int year) {
    return SituationAdviceTest.southChinaSeaPiracy(
        "closed", LocalDate.of(year, 2, 1), LocalDate.of(year, 11, 1));
  }

  private static Recommendation advise(Situation s) {
    return SituationAdvice.recommend(s, null, KB, CASES, Lens.BROAD, Label.PD, NOW);
  }

  private static RankedOption option(Recommendation r, String instrument) {
    return r.options().stream()
        .filter(o -> o.instrument().id().equals(instrument))
        .findFirst()
        .orElseThrow(() -> new AssertionError(instrument + " not among the options"));
  }

  @Test
  void chinaIsNoPartyToTheTreatyOfAmityIn1993AndAPartyIn2010() {
    assertThat(KB.asOf(1993).getInstrument("tac").members())
        .contains("VNM", "LAO", "IDN", "PNG") // Viet Nam and Laos 1992, Papua New Guinea 1989
        .doesNotContain("CHN", "KHM", "USA");
    assertThat(KB.asOf(2010).getInstrument("tac").members()).contains("CHN", "USA", "KHM");
    RankedOption then = option(advise(piracy(1993)), "tac");
    assertThat(String.join(" ", then.flags())).contains("CHN");
    assertThat(then.consentRequired()).doesNotContain("KHM", "MMR");
    RankedOption later = option(advise(piracy(2010)), "tac");
    assertThat(String.join(" ", later.flags())).doesNotContain("CHN");
  }

  @Test
  void theRegionalForumAndTheEastAsiaSummitCountTheirMembersFromTheYearTheyJoined() {
    assertThat(KB.asOf(1994).getInstrument("arf").members())
        .contains("CHN", "VNM", "LAO", "PNG")
        .doesNotContain("KHM", "IND", "MMR", "MNG", "PRK", "PAK", "TLS", "BGD", "LKA");
    assertThat(KB.asOf(2001).getInstrument("arf-chair").members())
        .contains("KHM", "MNG", "PRK")
        .doesNotContain("PAK", "TLS");
    assertThat(KB.asOf(2007).getInstrument("arf").members()).hasSize(26);
    assertThat(KB.asOf(2005).getInstrument("eas").members()).doesNotContain("USA", "RUS");
    assertThat(KB.asOf(2011).getInstrument("eas").members()).contains("USA", "RUS");
    assertThat(KB.asOf(2006).getInstrument("malacca-strait-patrols").members())
        .doesNotContain("THA");
    assertThat(KB.asOf(2008).getInstrument("malacca-strait-patrols").members()).contains("THA");
    assertThat(KB.asOf(2003).getInstrument("unclos-conciliation").members())
        .contains("CHN", "VNM", "PHL", "MYS")
        .doesNotContain("THA", "TLS");
    // today's knowledge base keeps every member
    assertThat(KB.getInstrument("tac").members()).contains("CHN", "NOR");
  }

  @Test
  void aSituationOf1993CitesNoPrecedentFromAfter1993() {
    Recommendation r = advise(piracy(1993));
    List<Precedent> cited = r.options().stream().flatMap(o -> o.precedents().stream()).toList();
    assertThat(cited).allMatch(p -> p.year() <= 1993, "no precedent after 1993");
    assertThat(cited).isNotEmpty();
    // the same situation today cites later cases
    Recommendation today =
        new org.amity.response.MeasureRecommender(KB, CASES)
            .recommend(SituationProfiles.of(piracy(1993), KB), Lens.BROAD, Label.PD);
    assertThat(today.options().stream().flatMap(o -> o.precedents().stream()))
        .anyMatch(p -> p.year() > 1993);
  }

  @Test
  void aLaterCaseDoesNotTakeTheSlotOfAnEarlierOne() {
    // later cases are dropped before the limit: an instrument with cases up to 1993 cites as many
    // of them as the limit allows
    List<DocumentedCase> cases = CaseSet.standard(KB);
    // only the cases close enough to be cited count (a shared threat type and theme or party)
    org.amity.response.SituationProfile situation = SituationProfiles.of(piracy(1993), KB);
    for (RankedOption o : advise(piracy(1993)).options()) {
      long then =
          cases.stream()
              .filter(c -> c.year() <= 1993 && c.used().contains(o.instrument().id()))
              .filter(c -> CasePrecedents.close(c.situation(), situation))
              .count();
      assertThat(o.precedents())
          .as(o.instrument().id())
          .hasSize((int) Math.min(CasePrecedents.LIMIT, then));
    }
  }
}
