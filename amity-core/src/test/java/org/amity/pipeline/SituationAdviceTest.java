package org.amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.PrecedentSource;
import org.amity.response.RankedOption;
import org.amity.response.Recommendation;
import org.amity.response.kb.KnowledgeBase;
import org.amity.signal.Level;
import org.amity.signal.Scope;
import org.amity.signal.Situation;
import org.junit.jupiter.api.Test;

/**
 * Stored situations reach the recommender by one path ({@link SituationAdvice}); a past one is
 * advised with the knowledge base of the end of the year before it opened (audit2 D16, audit4 H5).
 * On the code before this class, the CLI and the API advised every stored situation with today's
 * knowledge base: the 1993 situation below was offered bodies founded decades later, and Viet Nam
 * counted an ASEAN member.
 */
class SituationAdviceTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();
  private static final int NOW = 2026;

  static Situation southChinaSeaPiracy(String status, LocalDate opened, LocalDate closed) {
    return new Situation(
        18,
        Scope.AREA,
        "SOUTH_CHINA_SEA",
        "South China Sea: trans-state tension (piracy)",
        Level.ALERT,
        status,
        opened,
        closed == null ? opened.plusMonths(2) : closed,
        closed,
        List.of("BRN", "CHN", "IDN", "MYS", "PHL", "VNM"),
        List.of("trans-state"),
        Map.of("trans-state", 1.0),
        "maritime",
        closed == null ? "emerging" : "post-crisis",
        true,
        0,
        false,
        List.of("piracy"),
        List.of(24L));
  }

  private static Recommendation advise(Situation s) {
    return SituationAdvice.recommend(s, null, KB, PrecedentSource.NONE, Lens.BROAD, Label.PD, NOW);
  }

  @Test
  void aClosedSituationOfAPastYearIsAdvisedWithTheKnowledgeBaseOfTheEndOfTheYearBefore() {
    Recommendation r =
        advise(southChinaSeaPiracy("closed", LocalDate.of(1993, 2, 1), LocalDate.of(1993, 11, 1)));
    assertThat(r.knowledgeBase().year()).isEqualTo(1992);
    assertThat(r.knowledgeBase().words())
        .startsWith("the knowledge base as of 1992")
        .contains("the situation closed on 1993-11-01")
        .contains("the year before it opened")
        .contains("readiness as recorded today");
    assertThat(r.options()).isNotEmpty();
    for (RankedOption o : r.options()) {
      assertThat(KB.getInstrument(o.instrument().id()).since())
          .as(o.instrument().id() + " existed by 1992")
          .isLessThanOrEqualTo(1992);
    }
    // Viet Nam joined ASEAN in July 1995: in 1992 the ASEAN bodies do not cover it
    RankedOption asean =
        r.options().stream()
            .filter(o -> o.instrument().id().equals("asean-fmm"))
            .findFirst()
            .orElseThrow();
    assertThat(String.join(" ", asean.flags())).contains("VNM");
  }

  @Test
  void nothingOfTheYearASituationOpenedIsCountedSoItNeverCitesItself() {
    // audit4 H5: a situation of May 2014 between China and Viet Nam cited the oil-rig crisis of
    // 2014, the very episode it is; dated by year, any case or body of 2014 may postdate the
    // warning
    Recommendation r =
        advise(southChinaSeaPiracy("closed", LocalDate.of(2014, 5, 2), LocalDate.of(2014, 8, 1)));
    assertThat(r.knowledgeBase().year()).isEqualTo(2013);
    assertThat(r.options().stream().flatMap(o -> o.precedents().stream()))
        .allMatch(p -> p.year() <= 2013, "no precedent of 2014 or later");
    assertThat(r.options())
        .allMatch(o -> KB.getInstrument(o.instrument().id()).since() <= 2013, "no body of 2014");
  }

  @Test
  void todaysKnowledgeBaseWouldHaveOfferedBodiesFoundedLater() {
    // what the CLI and the API did before: the same situation with today's knowledge base
    Recommendation before =
        new org.amity.response.MeasureRecommender(KB)
            .recommend(
                SituationProfiles.of(
                    southChinaSeaPiracy(
                        "closed", LocalDate.of(1993, 2, 1), LocalDate.of(1993, 11, 1)),
                    KB),
                Lens.BROAD,
                Label.PD);
    assertThat(before.options())
        .anyMatch(o -> KB.getInstrument(o.instrument().id()).since() > 1993);
    assertThat(before.knowledgeBase().year()).isNull();
  }

  @Test
  void aSituationStillOpenOrOpenedThisYearKeepsTodaysKnowledgeBase() {
    Recommendation protracted =
        advise(southChinaSeaPiracy("protracted", LocalDate.of(2018, 9, 7), null));
    assertThat(protracted.knowledgeBase().year()).isNull();
    assertThat(protracted.knowledgeBase().words())
        .startsWith("today's knowledge base")
        .contains("the situation is protracted");
    Recommendation thisYear =
        advise(southChinaSeaPiracy("closed", LocalDate.of(NOW, 2, 1), LocalDate.of(NOW, 3, 1)));
    assertThat(thisYear.knowledgeBase().year()).isNull();
    assertThat(thisYear.knowledgeBase().words()).contains("opened this year");
  }

  static Situation chinaVietNam2014() {
    return new Situation(
        10,
        Scope.DYAD,
        "CHN-VNM",
        "China – Vietnam: inter-state tension (protest)",
        Level.ALERT,
        "closed",
        LocalDate.of(2014, 5, 11),
        LocalDate.of(2014, 5, 24),
        LocalDate.of(2014, 5, 24),
        List.of("CHN", "VNM"),
        List.of("inter-state"),
        Map.of("inter-state", 1.0),
        "land",
        "post-crisis",
        true,
        0.03,
        false,
        List.of("protest"),
        List.of(7L));
  }

  /**
   * audit2 D17: the notes of South China Sea piracy said "great power(s) CHN involved" where China
   * is a coastal state of the sea area and no side of the evidence; the situation already said so.
   */
  @Test
  void aGreatPowerThatIsACoastalStateOfTheSeaAreaIsNotCalledInvolved() {
    Recommendation piracy =
        advise(southChinaSeaPiracy("closed", LocalDate.of(2003, 4, 28), LocalDate.of(2003, 6, 2)));
    assertThat(piracy.situation().greatPowerParty()).isTrue();
    assertThat(piracy.notes())
        .anyMatch(n -> n.startsWith("great power(s) CHN a coastal state of the sea area"))
        .noneMatch(n -> n.contains("involved"));
    Recommendation rig = advise(chinaVietNam2014());
    assertThat(rig.notes()).anyMatch(n -> n.startsWith("great power(s) CHN involved"));
    // the flag weighs the same: the role changes the words, not the great-power factor
    Recommendation asParty =
        new org.amity.response.MeasureRecommender(KB.asOf(2003))
            .recommend(
                new org.amity.response.SituationProfile(
                    "18",
                    piracy.situation().parties(),
                    piracy.situation().threatTypes(),
                    piracy.situation().domain(),
                    piracy.situation().level(),
                    piracy.situation().stage(),
                    true,
                    piracy.situation().outsidePowerShare(),
                    false,
                    piracy.situation().themes(),
                    java.util.Set.of()),
                Lens.BROAD,
                Label.PD);
    assertThat(asParty.options().get(0).score()).isEqualTo(piracy.options().get(0).score());
  }
}
