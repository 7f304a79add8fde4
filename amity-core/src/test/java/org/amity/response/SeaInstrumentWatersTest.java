package org.amity.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An instrument made for the disputes of one sea knows its waters: the DOC, made for the South
 * China Sea disputes between China and the ASEAN claimants, counts as made for another challenge in
 * a dispute at sea with a party outside them (round 29: it ranked first between Malaysia and
 * Singapore over Pedra Branca), and says why.
 */
class SeaInstrumentWatersTest {
  @Test
  void theDocIsMadeForTheSouthChinaSeaClaimantsNotForADisputeBetweenMalaysiaAndSingapore() {
    Recommendation r = Situations.recommend(AdjudicationBySpecialAgreementTest.ISLAND);
    RankedOption doc =
        r.options().stream()
            .filter(o -> o.instrument().id().equals("doc"))
            .findFirst()
            .orElseThrow();
    assertThat(doc.factors().mandate()).isEqualTo(OptionScorer.ELSEWHERE);
    assertThat(doc.flags()).anyMatch(f -> f.contains("the South China Sea") && f.contains("SGP"));
    assertThat(r.options().get(0).instrument().id()).isNotEqualTo("doc");
  }

  @Test
  void betweenClaimantsTheDocKeepsItsMandateAndNoWatersFlag() {
    Recommendation r = Situations.recommend(Situations.seaStandoff(null));
    assertThat(r.options())
        .filteredOn(o -> o.instrument().id().equals("doc"))
        .isNotEmpty()
        .allSatisfy(
            o -> {
              assertThat(o.factors().mandate()).isEqualTo(1.0);
              assertThat(o.flags()).noneMatch(f -> f.contains("made for the disputes of"));
            });
  }

  @Test
  void theWatersAreReadFromTheKnowledgeBase() {
    var w = Situations.KB.getInstrument("doc").findWaters().orElseThrow();
    assertThat(w.area()).isEqualTo("the South China Sea");
    assertThat(w.parties()).containsExactlyInAnyOrder("CHN", "VNM", "PHL", "MYS", "BRN");
    assertThat(Situations.KB.getInstrument("arf").findWaters()).isEmpty();
  }
}
