package org.amity.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.MeasureRecommender;
import org.amity.response.SituationProfile;
import org.amity.response.SituationReader;
import org.amity.response.cases.CasePrecedents;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.timeline.GapReport;
import org.junit.jupiter.api.Test;

/**
 * What the pages are given to show words, not codes (audit6 J10, J13): the recommendation names
 * every country its words mention, and the gap's count words come in the order of the tables'
 * columns.
 */
class PagesGetWordsNotCodesJsonTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();

  static final String CHINA_VIETNAM =
      "{\"parties\":[\"CHN\",\"VNM\"],\"threatTypes\":[\"inter-state\"],\"domain\":\"maritime\","
          + "\"level\":\"alert\",\"stage\":\"crisis\",\"greatPowerParty\":true,"
          + "\"themes\":[\"territory\"]}";

  @Test
  @SuppressWarnings("unchecked")
  void aRecommendationNamesEveryCountryItsWordsMentionAndNoBodyIsTakenForOne() throws Exception {
    SituationProfile s = new SituationReader(KB).read(new ObjectMapper().readTree(CHINA_VIETNAM));
    Map<String, Object> json =
        ResponseJson.recommendation(
            new MeasureRecommender(KB, CasePrecedents.standard(KB))
                .recommend(s, Lens.BROAD, Label.PD),
            10);
    Map<String, String> names = (Map<String, String>) json.get("countryNames");
    assertThat(names).containsEntry("CHN", "China").containsKey("VNM");
    // the notes say "great power(s) CHN involved": the page has China's name for it
    assertThat((List<String>) json.get("notes")).anyMatch(n -> n.contains("CHN"));
    // every consent list's codes are named (the TAC's 31 parties among them)
    List<Map<String, Object>> options = (List<Map<String, Object>>) json.get("options");
    for (Map<String, Object> o : options) {
      for (String code : (List<String>) o.get("consentRequired")) {
        assertThat(names).containsKey(code);
      }
      assertThat(o).containsKey("documentedUses");
    }
    assertThat(options)
        .as("some option needs the consent of many states (the TAC's parties)")
        .anyMatch(o -> ((List<String>) o.get("consentRequired")).size() > 6);
    assertThat(names.keySet()).doesNotContain("ARF", "TAC", "EAS", "DOC", "ADI");
    // no list is written as Java prints it: "[CHN] outside its membership"
    assertThat(new ObjectMapper().findAndRegisterModules().writeValueAsString(json))
        .doesNotContain("[CHN]");
  }

  @Test
  void theGapsCountWordsComeInTheOrderOfTheTablesColumns() {
    Map<String, Integer> threat = new HashMap<>();
    threat.put("escalated", 1);
    threat.put("warnings", 2);
    threat.put("de-escalated", 1);
    threat.put("answered90", 1);
    threat.put("answered30", 1);
    Map<String, Integer> instrument = new HashMap<>();
    instrument.put("escalated", 1);
    instrument.put("actions", 3);
    GapReport r =
        new GapReport(
            null,
            null,
            2,
            0.5,
            0.5,
            1,
            1,
            null,
            null,
            Map.of("asean-chair", instrument),
            Map.of("inter-state", threat),
            List.of(),
            0,
            0);
    @SuppressWarnings("unchecked")
    Map<String, String> words = (Map<String, String>) TimelineJson.gap(r).get("countWords");
    assertThat(new ArrayList<>(words.keySet()))
        .containsExactly(
            "warnings", "answered30", "answered90", "actions", "de-escalated", "escalated");
    assertThat(words).containsEntry("answered30", "answered within 30 days");
    assertThat(TimelineJson.countsInWords(threat))
        .isEqualTo(
            "2 warnings, 1 answered within 30 days, 1 answered within 90 days, 1 outcome"
                + " de-escalated, 1 outcome escalated");
  }
}
