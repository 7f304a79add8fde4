package org.amity.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amity.response.cases.CaseSet;
import org.amity.response.cases.DocumentedCase;
import org.amity.response.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * A court seized by special agreement settles a dispute that the disputing states submit together;
 * in a situation inside a state, with no dispute between states, there is nothing to submit, so the
 * option is listed after every option that fits, with the reason (round 30: it was third for
 * carrying out the Paris agreements in Cambodia, 1992, a situation inside one state). A court
 * seized on one state's application is not moved: a state may bring a treaty claim about a crisis
 * inside another (The Gambia v. Myanmar, 2019).
 */
class SpecialAgreementNeedsADisputeBetweenStatesTest {
  private static final String LAST = "listed after the options that fit";
  private static final String NO_DISPUTE = "no dispute between states to submit";

  /** A secessionist movement claims part of a member's territory: a question of title, inside. */
  static final String SECESSION =
      "{\"parties\":[\"PHL\"],\"threatTypes\":[\"intra-state\"],\"domain\":\"land\","
          + "\"level\":\"watch\",\"stage\":\"latent\",\"outsidePowerShare\":0.1,"
          + "\"themes\":[\"separatism\",\"territory\"]}";

  static RankedOption option(Recommendation r, String instrument, String measure) {
    return AdjudicationBySpecialAgreementTest.option(r, instrument, measure);
  }

  static void assertAfterEveryFittingOption(Recommendation r, RankedOption last) {
    int lastFitting =
        r.options().stream()
            .filter(o -> o.flags().stream().noneMatch(f -> f.contains(LAST)))
            .mapToInt(RankedOption::rank)
            .max()
            .orElse(0);
    assertThat(last.rank()).isGreaterThan(lastFitting);
  }

  @Test
  void theCourtBySpecialAgreementLeavesTheTopThreeOfUntac() {
    KnowledgeBase kb = KnowledgeBase.standard();
    DocumentedCase untac =
        CaseSet.standard(kb).stream()
            .filter(c -> c.id().equals("untac-1992"))
            .findFirst()
            .orElseThrow();
    Recommendation r =
        new MeasureRecommender(kb.asOf(untac.year()))
            .recommend(untac.situation(), Lens.BROAD, Label.PD);
    List<RankedOption> top = r.options().subList(0, 3);
    assertThat(top).noneMatch(o -> o.measure().id().equals("adjudication-by-agreement"));
    RankedOption agreed = option(r, "intl-adjudication", "adjudication-by-agreement");
    assertThat(agreed.flags()).anyMatch(f -> f.contains(NO_DISPUTE));
    assertAfterEveryFittingOption(r, agreed);
  }

  @Test
  void aQuestionOfTitleInsideAStateDoesNotLiftTheCourtBySpecialAgreement() {
    // the theme is one the court was made for, and the stage one a special agreement suits: its
    // score alone would put it among the first options; the missing dispute between states does not
    Recommendation r = Situations.recommend(SECESSION);
    RankedOption agreed = option(r, "intl-adjudication", "adjudication-by-agreement");
    assertThat(agreed.factors().mandate()).isEqualTo(1.0);
    assertThat(agreed.flags()).anyMatch(f -> f.contains(NO_DISPUTE));
    assertAfterEveryFittingOption(r, agreed);
    long better =
        r.options().stream()
            .filter(o -> o.flags().stream().noneMatch(f -> f.contains(LAST)))
            .filter(o -> o.score() < agreed.score())
            .count();
    assertThat(better).isPositive();
  }

  @Test
  void aDisputeBetweenStatesKeepsTheCourtBySpecialAgreementWhereItsScorePutsIt() {
    Recommendation r = Situations.recommend(AdjudicationBySpecialAgreementTest.ISLAND);
    RankedOption agreed = option(r, "intl-adjudication", "adjudication-by-agreement");
    assertThat(agreed.flags()).noneMatch(f -> f.contains(NO_DISPUTE) || f.contains(LAST));
    long higher = r.options().stream().filter(o -> o.score() > agreed.score()).count();
    assertThat(agreed.rank()).isLessThanOrEqualTo((int) higher + 1);
  }

  @Test
  void aCourtSeizedOnOneStatesApplicationIsNotMoved() {
    Recommendation r = Situations.recommend(SECESSION);
    RankedOption applied = option(r, "intl-adjudication", "legal-settlement");
    assertThat(applied.flags()).noneMatch(f -> f.contains(NO_DISPUTE) || f.contains(LAST));
    RankedOption agreed = option(r, "intl-adjudication", "adjudication-by-agreement");
    assertThat(applied.rank()).isLessThan(agreed.rank());
  }
}
