package org.amity.response.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.MeasureRecommender;
import org.amity.response.Precedent;
import org.amity.response.RankedOption;
import org.amity.response.Recommendation;
import org.amity.response.SituationProfile;
import org.amity.response.SituationReader;
import org.amity.response.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class CasePrecedentsTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();
  private static final CasePrecedents PRECEDENTS = CasePrecedents.standard(KB);

  static SituationProfile of(String json) throws Exception {
    return new SituationReader(KB).read(new ObjectMapper().readTree(json));
  }

  static final String SEA_STANDOFF =
      "{\"parties\":[\"PHL\",\"CHN\"],\"threatTypes\":[\"inter-state\"],\"domain\":\"maritime\","
          + "\"level\":\"warning\",\"stage\":\"emerging\",\"greatPowerParty\":true,"
          + "\"themes\":[\"territory\",\"fisheries\"]}";

  @Test
  void citesTheNearestSeaCaseFirstForTheDoc() throws Exception {
    List<Precedent> doc = PRECEDENTS.nearest("doc", of(SEA_STANDOFF));
    assertThat(doc).isNotEmpty().hasSizeLessThanOrEqualTo(CasePrecedents.LIMIT);
    Precedent first = doc.get(0);
    assertThat(first.caseId()).isEqualTo("scarborough-2012");
    assertThat(first.alike())
        .contains("same threat type: inter-state", "same domain: maritime")
        .anyMatch(a -> a.startsWith("shared parties: ") && a.contains("CHN") && a.contains("PHL"));
    assertThat(first.sourceTitle()).isNotBlank();
    assertThat(doc).isSortedAccordingTo((a, b) -> Double.compare(b.similarity(), a.similarity()));
  }

  @Test
  void anInstrumentNeverUsedInACaseHasNoPrecedent() throws Exception {
    assertThat(PRECEDENTS.nearest("no-such-instrument", of(SEA_STANDOFF))).isEmpty();
  }

  @Test
  void aPrecedentWithOnlyTheInstrumentInCommonSaysNothingIsAlike() throws Exception {
    String haze =
        "{\"parties\":[\"IDN\",\"MYS\",\"SGP\"],\"threatTypes\":[\"trans-state\"],"
            + "\"domain\":\"land\",\"level\":\"warning\",\"stage\":\"emerging\","
            + "\"themes\":[\"haze\"]}";
    // no sea case shares the haze's threat type: none is close enough to cite (audit6 J7b)
    assertThat(PRECEDENTS.nearest("doc", of(haze))).isEmpty();
    assertThat(PRECEDENTS.uses("doc", Integer.MAX_VALUE)).isPositive();
  }

  static final String SIEGE =
      "{\"parties\":[\"PHL\"],\"threatTypes\":[\"intra-state\"],\"domain\":\"land\","
          + "\"level\":\"alert\",\"stage\":\"crisis\",\"greatPowerParty\":false,"
          + "\"themes\":[\"insurgency\"]}";

  /**
   * audit6 J7b: the siege of Marawi (2017) cited the bird flu of 2005 for the EAS ("same domain:
   * land") and a Myanmar trial of 2009 for the ASEAN Chair ("same threat type; same domain"). A
   * case is cited only when it shares a threat type and a theme or a party.
   */
  @Test
  void aCaseThatSharesOnlyTheDomainOrOnlyTheThreatTypeIsNotCited() throws Exception {
    SituationProfile siege = of(SIEGE);
    assertThat(PRECEDENTS.nearest("eas", siege))
        .as("bird flu shares only 'land'")
        .noneMatch(p -> p.caseId().equals("avian-flu-2005"));
    assertThat(PRECEDENTS.nearest("asean-chair", siege))
        .as("a trial in Myanmar shares only the threat type and the domain")
        .noneMatch(p -> p.caseId().equals("suu-kyi-trial-2009"));
    for (String instrument : List.of("eas", "asean-chair", "un-secretary-general", "doc")) {
      assertThat(PRECEDENTS.nearest(instrument, siege))
          .as(instrument)
          .allSatisfy(
              p ->
                  assertThat(p.alike())
                      .anyMatch(a -> a.startsWith("same threat type"))
                      .anyMatch(
                          a -> a.startsWith("shared themes") || a.startsWith("shared parties")));
    }
    assertThat(PRECEDENTS.uses("eas", Integer.MAX_VALUE)).isPositive();
    assertThat(PRECEDENTS.uses("eas", 2004)).as("the EAS's cases begin in 2005").isZero();
  }

  @Test
  void anOptionWithUsesButNoCloseOneSaysHowManyUsesThereWere() throws Exception {
    Recommendation r =
        new MeasureRecommender(KB, PRECEDENTS).recommend(of(SIEGE), Lens.BROAD, Label.PD);
    assertThat(r.options())
        .filteredOn(o -> o.instrument().id().equals("eas"))
        .allSatisfy(
            o -> {
              assertThat(o.precedents()).isEmpty();
              assertThat(o.documentedUses()).isEqualTo(PRECEDENTS.uses("eas", Integer.MAX_VALUE));
            });
  }

  @Test
  void recommendationsCarryPrecedentsWithoutChangingScoresOrRanks() throws Exception {
    SituationProfile s = of(SEA_STANDOFF);
    Recommendation plain = new MeasureRecommender(KB).recommend(s, Lens.BROAD, Label.PD);
    Recommendation cited =
        new MeasureRecommender(KB, PRECEDENTS).recommend(s, Lens.BROAD, Label.PD);
    assertThat(cited.options()).hasSameSizeAs(plain.options());
    for (int k = 0; k < plain.options().size(); k++) {
      RankedOption a = plain.options().get(k);
      RankedOption b = cited.options().get(k);
      assertThat(b.instrument()).isEqualTo(a.instrument());
      assertThat(b.score()).isEqualTo(a.score());
      assertThat(a.precedents()).isEmpty();
    }
    assertThat(cited.options()).anyMatch(o -> !o.precedents().isEmpty());
    assertThat(cited.options())
        .filteredOn(o -> o.instrument().id().equals("asean-fmm"))
        .allSatisfy(o -> assertThat(o.precedents()).isNotEmpty());
  }
}
