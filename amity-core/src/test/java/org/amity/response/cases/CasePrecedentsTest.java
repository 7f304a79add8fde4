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
    List<Precedent> doc = PRECEDENTS.nearest("doc", of(haze));
    assertThat(doc).allSatisfy(p -> assertThat(p.similarity()).isLessThan(0.3));
    assertThat(doc).allSatisfy(p -> assertThat(p.alike()).noneMatch(a -> a.contains("threat")));
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
