package org.amity.response.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.amity.response.Lens;
import org.amity.response.kb.Domain;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.kb.ThreatType;
import org.junit.jupiter.api.Test;

class CaseEvaluationTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();
  private static final List<DocumentedCase> CASES = CaseSet.standard(KB);

  @Test
  void caseSetHasAtLeastTwelveSourcedCasesCoveringEveryThreatTypeAtSeaAndOnLand() {
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(12);
    Set<ThreatType> types = EnumSet.noneOf(ThreatType.class);
    Set<Domain> domains = EnumSet.noneOf(Domain.class);
    for (DocumentedCase c : CASES) {
      // since ASEAN's founding (1967): batch r29 reaches back to 1969 and 1979
      assertThat(c.year()).isGreaterThanOrEqualTo(1967);
      assertThat(c.used()).isNotEmpty();
      assertThat(KB.findSource(c.source())).isPresent();
      types.addAll(c.situation().threatTypes());
      domains.add(c.situation().domain());
    }
    assertThat(types).containsExactlyInAnyOrder(ThreatType.values());
    assertThat(domains).containsExactlyInAnyOrder(Domain.values());
  }

  @Test
  void documentedInstrumentIsInTheTopThreeForMostCases() {
    CaseEvaluation.Report broad = CaseEvaluation.run(KB, CASES, Lens.BROAD);
    CaseEvaluation.Report narrow = CaseEvaluation.run(KB, CASES, Lens.NARROW);
    for (CaseEvaluation.Outcome o : broad.outcomes()) {
      System.out.printf(
          "%-24s %-4s top=%s firstUsedRank=%d used=%s%n",
          o.documented().id(),
          o.hit() ? "HIT" : "miss",
          o.topInstruments(),
          o.firstUsedRank(),
          o.documented().used());
    }
    for (String b : broad.batches()) {
      System.out.printf(
          "batch %s: broad %d/%d (first %d), narrow %d/%d (first %d)%n",
          b,
          broad.batch(b).hits(),
          broad.batch(b).outcomes().size(),
          broad.batch(b).firstRanked(),
          narrow.batch(b).hits(),
          narrow.batch(b).outcomes().size(),
          narrow.batch(b).firstRanked());
    }
    // the figures reported in docs/response.md; a change that loses a hit must explain itself.
    // 14 until round 31; 13 since: the rice reserve's pilot (EAERR, from 2004, counted as APTERR)
    // comes 2nd for the 2004 tsunami and pushes the Summit that was used to 4th
    assertThat(broad.batch(CaseSet.ORIGINAL).hits()).isGreaterThanOrEqualTo(13);
    assertThat(narrow.batch(CaseSet.ORIGINAL).hits()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void theTwelveCasesAddedWithTheAgendaSurveyAreReportedApartAtTheirFirstRunFigure() {
    CaseEvaluation.Report added = CaseEvaluation.run(KB, CASES, Lens.BROAD).batch("issue-14");
    assertThat(added.outcomes()).hasSize(12);
    // first run, measure fixed beforehand (docs/response.md): 8 of 12 in the top three, 6 first.
    // 7 since round 31: the bilateral border committees (added) come first for the 2008 Preah
    // Vihear standoff and the foreign ministers that were used fall to 4th
    assertThat(added.hits()).isGreaterThanOrEqualTo(7);
    assertThat(added.firstRanked()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void theTwelveHeldOutCasesOfTheTwentyEighthRoundAreReportedApartAtTheirFirstRunFigure() {
    CaseEvaluation.Report broad = CaseEvaluation.run(KB, CASES, Lens.BROAD).batch("r28");
    CaseEvaluation.Report narrow = CaseEvaluation.run(KB, CASES, Lens.NARROW).batch("r28");
    assertThat(broad.outcomes()).hasSize(12);
    // committed (97e8114) before any run on them; measured once (docs/response.md): broad 7 of 12
    // in the top three, 3 ranked first; narrow 4 of 12. A change that loses one must explain it.
    // Dated membership (ASEAN's bodies count a state only from the year it joined; made after that
    // run) keeps 7 and 4 but moves one first place: Cambodia 1997, not yet a member, loses the
    // foreign ministers' first place (a miss), Timor-Leste 2006 gains the UN (a hit, not first).
    assertThat(broad.hits()).isGreaterThanOrEqualTo(7);
    assertThat(broad.firstRanked()).isGreaterThanOrEqualTo(2);
    assertThat(narrow.hits()).isGreaterThanOrEqualTo(4);
    // the other batches stay apart, in the order they were added
    assertThat(broad.batches()).containsExactly("r28");
    assertThat(CaseEvaluation.run(KB, CASES, Lens.BROAD).batches())
        .containsExactly(CaseSet.ORIGINAL, "issue-14", "r28", "r29", "r30", "r31");
  }

  @Test
  void theTwelveHeldOutCasesOfTheTwentyNinthRoundAreReportedApartAtTheirMeasuredFigures() {
    CaseEvaluation.Report broad = CaseEvaluation.run(KB, CASES, Lens.BROAD).batch("r29");
    CaseEvaluation.Report narrow = CaseEvaluation.run(KB, CASES, Lens.NARROW).batch("r29");
    assertThat(broad.outcomes()).hasSize(12);
    // committed (cdd9c88) before any run on them. Figure of record, the unchanged recommender:
    // broad
    // 6 of 12 in the top three, 3 ranked first; narrow 5 of 12. After the round-29 fixes (measured
    // once, docs/response.md): broad 6 of 12 (Bay of Bengal gained, UNTAC lost), 2 first; narrow 5.
    assertThat(broad.hits()).isGreaterThanOrEqualTo(6);
    assertThat(broad.firstRanked()).isGreaterThanOrEqualTo(2);
    assertThat(narrow.hits()).isGreaterThanOrEqualTo(5);
    // round 30 fix (a court by special agreement listed after the options that fit inside a state
    // with no dispute between states): UNTAC 1992 is a hit again, broad 7 of 12, still 2 first
    assertThat(broad.outcomes())
        .filteredOn(o -> o.documented().id().equals("untac-1992"))
        .singleElement()
        .satisfies(o -> assertThat(o.hit()).isTrue());
  }

  @Test
  void theTwelveHeldOutCasesOfTheThirtiethRoundAreReportedApartAtTheirMeasuredFigures() {
    CaseEvaluation.Report broad = CaseEvaluation.run(KB, CASES, Lens.BROAD).batch("r30");
    CaseEvaluation.Report narrow = CaseEvaluation.run(KB, CASES, Lens.NARROW).batch("r30");
    assertThat(broad.outcomes()).hasSize(12);
    // committed (7eda4b2) before any run on them. Figure of record, the unchanged recommender:
    // broad 7 of 12 in the top three, 5 ranked first; narrow 6 of 12, 4 first. After the round-30
    // fix (measured once, docs/response.md): the same, case by case. A change that loses one must
    // explain it. 6 since round 31 (instruments added for the gaps r30 showed): the rice reserve
    // (APTERR, counted from its 2004 pilot) and the agriculture ministers (AMAF) come first for the
    // 2008 rice crisis and the Summit that was used falls to 5th.
    assertThat(broad.hits()).isGreaterThanOrEqualTo(6);
    assertThat(broad.firstRanked()).isGreaterThanOrEqualTo(5);
    assertThat(narrow.hits()).isGreaterThanOrEqualTo(6);
    assertThat(narrow.firstRanked()).isGreaterThanOrEqualTo(4);
    assertThat(broad.batches()).containsExactly("r30");
  }

  @Test
  void theTwelveHeldOutCasesOfTheThirtyFirstRoundAreReportedApartAtTheirMeasuredFigures() {
    CaseEvaluation.Report broad = CaseEvaluation.run(KB, CASES, Lens.BROAD).batch("r31");
    CaseEvaluation.Report narrow = CaseEvaluation.run(KB, CASES, Lens.NARROW).batch("r31");
    assertThat(broad.outcomes()).hasSize(12);
    // committed (cd7e3d37) before any run on them, after the round-31 additions to the knowledge
    // base. Figure of record, one run (docs/response.md): broad 8 of 12 in the top three, 4 ranked
    // first; narrow 6 of 12, 3 first. A change that loses one must explain it.
    assertThat(broad.hits()).isGreaterThanOrEqualTo(8);
    assertThat(broad.firstRanked()).isGreaterThanOrEqualTo(4);
    assertThat(narrow.hits()).isGreaterThanOrEqualTo(6);
    assertThat(narrow.firstRanked()).isGreaterThanOrEqualTo(3);
    assertThat(broad.batches()).containsExactly("r31");
  }
}
