package org.amity.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.amity.response.kb.View;
import org.junit.jupiter.api.Test;

class MeasureRecommenderTest {
  @Test
  void everyOptionCarriesEightPrincipleChecksAScoreThatIsTheProductOfItsFactorsAndConsent() {
    Recommendation r = Situations.recommend(Situations.SCS);
    assertThat(r.options()).isNotEmpty();
    for (RankedOption o : r.options()) {
      assertThat(o.principles())
          .extracting(PrincipleCheck::number)
          .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
      assertThat(o.principles()).noneMatch(p -> p.result() == CheckResult.FAIL);
      assertThat(o.score())
          .isCloseTo(o.factors().product(), org.assertj.core.data.Offset.offset(1e-4));
      assertThat(o.consentReason()).isNotBlank();
    }
    for (int k = 1; k < r.options().size(); k++) {
      assertThat(r.options().get(k).rank()).isEqualTo(k + 1);
    }
  }

  @Test
  void theTopOfTheListSpansDifferentInstruments() {
    List<RankedOption> top = Situations.recommend(Situations.COUP).top(5);
    assertThat(top.stream().map(o -> o.instrument().id()).distinct()).hasSize(5);
  }

  @Test
  void theNarrowLensKeepsOnlyProximateDiplomacy() {
    Recommendation r =
        Situations.RECOMMENDER.recommend(
            Situations.of(Situations.piracy("[\"IDN\",\"MYS\",\"PHL\"]")), Lens.NARROW, Label.PD);
    assertThat(r.options())
        .allSatisfy(
            o ->
                assertThat(Situations.KB.getMeasure(o.measure().id()).view())
                    .isEqualTo(View.NARROW));
    assertThat(r.notes()).anyMatch(n -> n.contains("narrow lens"));
    Recommendation broad = Situations.recommend(Situations.piracy("[\"IDN\",\"MYS\",\"PHL\"]"));
    assertThat(broad.options().size()).isGreaterThan(r.options().size());
  }

  @Test
  void theFunctionalLabelNeverSaysPreventiveDiplomacy() {
    for (String json : List.of(Situations.SCS, Situations.COUP, Situations.INSURGENCY)) {
      Recommendation pd =
          Situations.RECOMMENDER.recommend(Situations.of(json), Lens.BROAD, Label.PD);
      Recommendation fn =
          Situations.RECOMMENDER.recommend(Situations.of(json), Lens.BROAD, Label.FUNCTIONAL);
      assertThat(pd.toString().toLowerCase(Locale.ROOT)).contains("preventive diplomacy");
      String text = fn.toString().toLowerCase(Locale.ROOT);
      assertThat(text).doesNotContain("preventive diplomacy");
      assertThat(fn.toString()).doesNotContainPattern("\\bPD\\b");
      assertThat(fn.options())
          .extracting(o -> o.instrument().id())
          .containsExactlyElementsOf(pd.options().stream().map(o -> o.instrument().id()).toList());
    }
  }

  @Test
  void theSameInputAlwaysGivesTheSameRecommendation() {
    SituationProfile s = Situations.of(Situations.SCS);
    assertThat(Situations.RECOMMENDER.recommend(s, Lens.BROAD, Label.PD))
        .isEqualTo(new MeasureRecommender(Situations.KB).recommend(s, Lens.BROAD, Label.PD));
  }

  @Test
  void unknownThemesAreRejectedEvenWhenTheProfileIsBuiltInCode() {
    SituationProfile s = Situations.of(Situations.COUP);
    SituationProfile odd =
        new SituationProfile(
            "",
            s.parties(),
            s.threatTypes(),
            s.domain(),
            s.level(),
            s.stage(),
            false,
            0,
            false,
            List.of("volcano"),
            java.util.Set.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Situations.RECOMMENDER.recommend(odd, Lens.BROAD, Label.PD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("volcano");
  }
}
