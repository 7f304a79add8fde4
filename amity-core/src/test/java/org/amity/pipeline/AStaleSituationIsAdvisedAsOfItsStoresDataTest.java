package org.amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.RankedOption;
import org.amity.response.Recommendation;
import org.amity.response.cases.CasePrecedents;
import org.amity.response.kb.KnowledgeBase;
import org.amity.signal.Level;
import org.amity.signal.Scope;
import org.amity.signal.Situation;
import org.junit.jupiter.api.Test;

/**
 * A situation still open or protracted in a store whose data end years before today is current only
 * as of those data, and is advised with the knowledge base of the year they end (audit4 H10:
 * Thailand's protracted situation of September 2018, in a store whose data end on 2020-11-06, was
 * advised with 2026's knowledge base: it cited the Myanmar coup of 2021 and counted Timor-Leste, a
 * member since 2025, in ASEAN's consent). A situation current in a store that runs to this year
 * keeps today's.
 */
class AStaleSituationIsAdvisedAsOfItsStoresDataTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();
  private static final int NOW = 2026;
  private static final LocalDate STORE_ENDS = LocalDate.of(2020, 11, 6);
  private static final java.util.Set<String> ASEAN_BODIES =
      java.util.Set.of("asean-fmm", "asean-summit");

  private static Situation thailand2018() {
    return new Situation(
        5,
        Scope.COUNTRY,
        "THA",
        "Thailand: intra-state tension",
        Level.WARNING,
        "protracted",
        LocalDate.of(2018, 9, 7),
        LocalDate.of(2018, 10, 31),
        null,
        List.of("THA"),
        List.of("intra-state"),
        Map.of("intra-state", 1.0),
        "land",
        "emerging",
        false,
        0.06,
        false,
        List.of(),
        List.of(30L));
  }

  private static Recommendation advise(LocalDate dataAsOf) {
    return SituationAdvice.recommend(
        thailand2018(), null, KB, CasePrecedents.standard(KB), Lens.BROAD, Label.PD, NOW, dataAsOf);
  }

  @Test
  void aProtractedSituationInAStoreEndingIn2020IsAdvisedAsOf2020() {
    Recommendation r = advise(STORE_ENDS);
    assertThat(r.knowledgeBase().year()).isEqualTo(2020);
    assertThat(r.knowledgeBase().words())
        .startsWith("the knowledge base as of 2020")
        .contains("the situation is protracted in a store whose data end on 2020-11-06");
    assertThat(r.options()).isNotEmpty();
    assertThat(r.options().stream().flatMap(o -> o.precedents().stream()))
        .allMatch(p -> p.year() <= 2020, "no precedent after 2020 (the Myanmar coup of 2021)");
    // Timor-Leste joined ASEAN in 2025 (the ARF it joined in 2005)
    List<RankedOption> asean =
        r.options().stream().filter(o -> ASEAN_BODIES.contains(o.instrument().id())).toList();
    assertThat(asean).anyMatch(o -> o.consentRequired().size() == 10, "the ten members asked");
    for (RankedOption o : asean) {
      assertThat(o.consentRequired()).as(o.instrument().id()).doesNotContain("TLS");
    }
  }

  @Test
  void todaysKnowledgeBaseCountedTimorLesteAnAseanMemberIn2018() {
    // what the CLI, the API and the report did before: the store's end not taken into account
    Recommendation today = advise(null);
    assertThat(today.knowledgeBase().year()).isNull();
    assertThat(today.options())
        .anyMatch(
            o -> ASEAN_BODIES.contains(o.instrument().id()) && o.consentRequired().contains("TLS"),
            "Timor-Leste counted an ASEAN member");
    // (it also cited the Myanmar coup of 2021 as a precedent, which the precedents' floor of this
    // round, a shared threat type and a theme or party, no longer finds close: audit6 J11)
  }

  @Test
  void aSituationCurrentInAStoreThatRunsToThisYearKeepsTodaysKnowledgeBase() {
    Recommendation r = advise(LocalDate.of(NOW, 11, 30));
    assertThat(r.knowledgeBase().year()).isNull();
    assertThat(r.knowledgeBase().words()).startsWith("today's knowledge base");
  }

  @Test
  void aSituationWhoseSubjectsDataStoppedIsAdvisedAsOfItsSubjectsLastDataNotTheStores() {
    // Papua's case (audit6 J8): the store runs to 2021-12-29 on another file, the subject stopped
    org.amity.signal.Freshness fresh =
        new org.amity.signal.Freshness(
            LocalDate.of(2021, 12, 29),
            Map.of(
                "country|THA",
                new org.amity.signal.Freshness.SubjectData(
                    STORE_ENDS, org.amity.signal.Resolution.DAY)));
    Recommendation r =
        SituationAdvice.recommend(
            thailand2018(),
            null,
            KB,
            CasePrecedents.standard(KB),
            Lens.BROAD,
            Label.PD,
            NOW,
            fresh);

    assertThat(r.knowledgeBase().year()).isEqualTo(2020);
    assertThat(r.knowledgeBase().words())
        .contains("no data on its subject have come since 2020-11-06 (stale)")
        .doesNotContain("2021-12-29");
  }

  @Test
  void aSituationWhoseSubjectIsCurrentIsAdvisedAsOfTheStoresData() {
    org.amity.signal.Freshness fresh =
        new org.amity.signal.Freshness(
            STORE_ENDS,
            Map.of(
                "country|THA",
                new org.amity.signal.Freshness.SubjectData(
                    STORE_ENDS.minusDays(2), org.amity.signal.Resolution.DAY)));
    Recommendation r =
        SituationAdvice.recommend(
            thailand2018(),
            null,
            KB,
            CasePrecedents.standard(KB),
            Lens.BROAD,
            Label.PD,
            NOW,
            fresh);

    assertThat(r.knowledgeBase().words())
        .contains("the situation is protracted in a store whose data end on 2020-11-06");
  }

  @Test
  void aClosedSituationKeepsTheYearBeforeItOpenedWhateverTheStoresEnd() {
    Situation closed =
        SituationAdviceTest.southChinaSeaPiracy(
            "closed", LocalDate.of(1993, 2, 1), LocalDate.of(1993, 11, 1));
    assertThat(SituationAdvice.knowledgeBaseYear(closed, NOW, STORE_ENDS)).hasValue(1992);
  }
}
