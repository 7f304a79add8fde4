package org.amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.amity.response.ExcludedOption;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.PrecedentSource;
import org.amity.response.RankedOption;
import org.amity.response.Recommendation;
import org.amity.response.kb.KnowledgeBase;
import org.amity.signal.Evidence;
import org.amity.signal.SignalReader;
import org.junit.jupiter.api.Test;

/**
 * audit2 D15: a dyad whose evidence carries no place read as land, so the China-Viet Nam standoff
 * of May 2014 (over an oil rig in the Paracels; ICEWS daily rows have no location) had the DOC and
 * every sea instrument excluded as "works only at sea". On the old code the DOC was among the
 * excluded options.
 */
class UnplacedSeaTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();

  static List<Evidence> standoff() {
    List<Evidence> out = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      out.add(SituationPartiesFromEvidenceTest.item("CHNGOV", "VNMGOV", "190", 1));
    }
    return out;
  }

  private static Recommendation advise(SignalReader signals) {
    return SituationAdvice.recommend(
        SituationAdviceTest.chinaVietNam2014(),
        signals,
        KB,
        PrecedentSource.NONE,
        Lens.BROAD,
        Label.PD,
        2026);
  }

  @Test
  void aDyadOfCoastalStatesWhoseEvidenceHasNoPlaceKeepsSeaInstrumentsFlagged() {
    Recommendation r = advise(SituationPartiesFromEvidenceTest.reader(7, standoff(), null));
    assertThat(r.situation().domainKnown()).isFalse();
    assertThat(r.notes())
        .anyMatch(n -> n.startsWith("sea or land not known") && n.contains("South China Sea"));
    assertThat(r.excluded()).noneMatch(e -> e.reason().startsWith("works only"));
    RankedOption doc =
        r.options().stream()
            .filter(o -> o.instrument().id().equals("doc"))
            .findFirst()
            .orElseThrow();
    assertThat(doc.flags())
        .anyMatch(f -> f.startsWith("works only at sea: whether the situation is at sea"));
  }

  @Test
  void placedEvidenceOnLandKeepsTheLandReading() {
    Recommendation r =
        advise(SituationPartiesFromEvidenceTest.reader(7, standoff(), "")); // coordinates, on land
    assertThat(r.situation().domainKnown()).isTrue();
    List<ExcludedOption> atSea =
        r.excluded().stream().filter(e -> e.reason().equals("works only at sea")).toList();
    assertThat(atSea).anyMatch(e -> e.instrument().id().equals("doc"));
  }
}
