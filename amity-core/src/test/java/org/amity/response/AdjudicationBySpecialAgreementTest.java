package org.amity.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amity.response.cases.CaseSet;
import org.amity.response.cases.DocumentedCase;
import org.amity.response.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * A court seized by special agreement acts with the consent of both parties; one seized on a
 * party's application under a compulsory procedure does not (round 29, from the three court cases
 * of round 28). The first is an offer of its own, needs every party, strains consensus only half as
 * much, and fits a latent legal dispute between states; where a great power would have to submit,
 * its agreement is a veto.
 */
class AdjudicationBySpecialAgreementTest {
  /** Two members dispute title to an island, quietly. */
  static final String ISLAND =
      "{\"parties\":[\"MYS\",\"SGP\"],\"threatTypes\":[\"inter-state\"],\"domain\":\"maritime\","
          + "\"level\":\"watch\",\"stage\":\"latent\",\"outsidePowerShare\":0.05,"
          + "\"themes\":[\"territory\"]}";

  static RankedOption option(Recommendation r, String instrument, String measure) {
    return r.options().stream()
        .filter(o -> o.instrument().id().equals(instrument) && o.measure().id().equals(measure))
        .findFirst()
        .orElseThrow(() -> new AssertionError(instrument + "/" + measure + " not offered"));
  }

  static PrincipleCheck principle(RankedOption o, int n) {
    return o.principles().stream().filter(p -> p.number() == n).findFirst().orElseThrow();
  }

  @Test
  void aSpecialAgreementNeedsBothPartiesAndIsNotACompulsoryProcedure() {
    Recommendation r = Situations.recommend(ISLAND);
    RankedOption agreed = option(r, "intl-adjudication", "adjudication-by-agreement");
    assertThat(agreed.consentRequired()).containsExactly("MYS", "SGP");
    assertThat(agreed.consentReason()).contains("special agreement");
    assertThat(principle(agreed, 6).result()).isEqualTo(CheckResult.PASS);
    assertThat(principle(agreed, 6).reason()).contains("special agreement");
    assertThat(principle(agreed, 5).reason()).doesNotContain("one party can start it");

    RankedOption compulsory = option(r, "intl-adjudication", "legal-settlement");
    assertThat(principle(compulsory, 6).result()).isEqualTo(CheckResult.WARNING);
    assertThat(principle(compulsory, 5).reason()).contains("one party can start it");
    assertThat(agreed.factors().acceptability())
        .isGreaterThan(compulsory.factors().acceptability());
  }

  @Test
  void aLatentDisputeOverTitleBetweenMembersFindsTheCourtAmongTheFirstOptions() {
    Recommendation r = Situations.recommend(ISLAND);
    RankedOption agreed = option(r, "intl-adjudication", "adjudication-by-agreement");
    // a dispute over title needs settlement as much as confidence building, even when quiet
    assertThat(agreed.factors().functionFit()).isEqualTo(1.0);
    assertThat(agreed.factors().mandate()).isEqualTo(1.0);
    // it comes after the non-binding dialogue of the region's bodies (Amity prefers non-binding
    // PD),
    // but before every option that does not need both parties' consent to a binding outcome
    assertThat(agreed.rank()).isLessThan(option(r, "intl-adjudication", "legal-settlement").rank());
    assertThat(r.options())
        .filteredOn(o -> o.instrument().id().startsWith("un-"))
        .allSatisfy(o -> assertThat(o.rank()).isGreaterThan(agreed.rank()));
    assertThat(agreed.rank()).isLessThanOrEqualTo(10);
  }

  @Test
  void replayedInItsYearSipadanAndLigitanFindsTheCourtInTheFirstFiveNotTwelfth() {
    KnowledgeBase kb = KnowledgeBase.standard();
    DocumentedCase sipadan =
        CaseSet.standard(kb).stream()
            .filter(c -> c.id().equals("sipadan-ligitan-1997"))
            .findFirst()
            .orElseThrow();
    Recommendation r =
        new MeasureRecommender(kb.asOf(sipadan.year()))
            .recommend(sipadan.situation(), Lens.BROAD, Label.PD);
    assertThat(option(r, "intl-adjudication", "adjudication-by-agreement").rank())
        .isLessThanOrEqualTo(5);
  }

  @Test
  void aGreatPowerThatWouldHaveToSubmitHalvesTheOptionAndIsFlagged() {
    Recommendation r = Situations.recommend(Situations.seaStandoff(null));
    RankedOption agreed = option(r, "intl-adjudication", "adjudication-by-agreement");
    RankedOption compulsory = option(r, "intl-adjudication", "legal-settlement");
    assertThat(agreed.factors().greatPower())
        .isCloseTo(
            compulsory.factors().greatPower() / 2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(agreed.flags()).anyMatch(f -> f.contains("great power"));
    assertThat(compulsory.flags()).noneMatch(f -> f.contains("agree to be bound"));
  }

  @Test
  void withoutATerritorialOrBorderThemeConflictResolutionKeepsItsStageWeight() {
    String fishing =
        "{\"parties\":[\"MYS\",\"SGP\"],\"threatTypes\":[\"inter-state\"],\"domain\":\"maritime\","
            + "\"level\":\"watch\",\"stage\":\"latent\",\"themes\":[\"fisheries\"]}";
    RankedOption agreed =
        option(Situations.recommend(fishing), "intl-adjudication", "adjudication-by-agreement");
    assertThat(agreed.factors().functionFit()).isLessThan(1.0);
    assertThat(FunctionNeeds.LEGAL_THEMES)
        .containsExactlyInAnyOrderElementsOf(List.of("territory", "border"));
  }
}
