package org.amity.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amity.response.cases.CaseSet;
import org.amity.response.cases.DocumentedCase;
import org.amity.response.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Coverage alone never lifts an instrument made for other challenges that works in none of the
 * situation's fields: such options come after every option that fits, with the reason (round 29:
 * the Mekong River Commission was third for the fighting in Phnom Penh in 1997).
 */
class OffMandateRankingTest {
  static void assertAfterEveryFittingOption(Recommendation r, String instrument) {
    List<RankedOption> options = r.options();
    int firstOff =
        options.stream()
            .filter(o -> o.instrument().id().equals(instrument))
            .mapToInt(RankedOption::rank)
            .min()
            .orElseThrow(() -> new AssertionError(instrument + " not listed"));
    int lastFitting =
        options.stream()
            .filter(
                o ->
                    o.flags().stream()
                        .noneMatch(f -> f.contains("listed after the options that fit")))
            .mapToInt(RankedOption::rank)
            .max()
            .orElse(0);
    assertThat(firstOff).isGreaterThan(lastFitting);
    assertThat(options)
        .filteredOn(o -> o.instrument().id().equals(instrument))
        .allSatisfy(o -> assertThat(o.flags()).anyMatch(f -> f.startsWith("made for water")));
  }

  @Test
  void theMekongRiverCommissionIsNotLiftedIntoACoupByCoverage() {
    KnowledgeBase kb = KnowledgeBase.standard();
    DocumentedCase cambodia =
        CaseSet.standard(kb).stream()
            .filter(c -> c.id().equals("cambodia-1997"))
            .findFirst()
            .orElseThrow();
    Recommendation r =
        new MeasureRecommender(kb.asOf(cambodia.year()))
            .recommend(cambodia.situation(), Lens.BROAD, Label.PD);
    assertThat(r.options().subList(0, 3)).noneMatch(o -> o.instrument().id().equals("mrc"));
    assertAfterEveryFittingOption(r, "mrc");
  }

  @Test
  void aCoupInAMemberOfTheCommissionListsItLast() {
    Recommendation r =
        Situations.recommend(
            "{\"parties\":[\"LAO\"],\"threatTypes\":[\"intra-state\"],\"domain\":\"land\","
                + "\"level\":\"alert\",\"stage\":\"crisis\",\"themes\":[\"coup\"]}");
    assertAfterEveryFittingOption(r, "mrc");
  }

  @Test
  void aWaterCrisisKeepsTheCommissionWhereItsScorePutsIt() {
    Recommendation r =
        Situations.recommend(
            "{\"parties\":[\"VNM\",\"KHM\",\"LAO\",\"THA\"],\"threatTypes\":[\"trans-state\"],"
                + "\"domain\":\"land\",\"level\":\"warning\",\"stage\":\"emerging\","
                + "\"themes\":[\"water\"]}");
    assertThat(r.options())
        .filteredOn(o -> o.instrument().id().equals("mrc"))
        .allSatisfy(o -> assertThat(o.flags()).noneMatch(f -> f.contains("works in none")));
    assertThat(r.options().subList(0, 3)).anyMatch(o -> o.instrument().id().equals("mrc"));
  }
}
