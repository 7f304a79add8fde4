package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.amity.app.json.ResponseJson;
import org.amity.pipeline.SituationAdvice;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.cases.CasePrecedents;
import org.amity.response.kb.KnowledgeBase;
import org.amity.signal.Level;
import org.amity.signal.Scope;
import org.amity.signal.Situation;
import org.junit.jupiter.api.Test;

/**
 * The API's recommendation for a stored situation is the CLI's: both are {@link SituationAdvice}'s,
 * and both say which knowledge base the options were drawn from (audit2 D16).
 */
class RecommenderAdvisorTest {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .registerModule(ResponseJson.TERMS);

  @Test
  void theApiAdvisesAPastSituationWithTheKnowledgeBaseOfTheYearBeforeItOpenedAsTheCliDoes()
      throws Exception {
    KnowledgeBase kb = KnowledgeBase.standard();
    Situation s =
        new Situation(
            12,
            Scope.AREA,
            "SULU_CELEBES",
            "Sulu and Celebes Seas: trans-state tension (kidnapping)",
            Level.WARNING,
            "closed",
            LocalDate.of(1997, 2, 17),
            LocalDate.of(1997, 4, 14),
            LocalDate.of(1997, 4, 14),
            List.of("IDN", "MYS", "PHL"),
            List.of("trans-state"),
            Map.of("trans-state", 1.0),
            "maritime",
            "post-crisis",
            false,
            0,
            false,
            List.of("kidnapping"),
            List.of(18L));
    Object api = new RecommenderAdvisor(kb).recommend(s, null, "broad", "pd");
    Object cli =
        ResponseJson.recommendation(
            SituationAdvice.recommend(
                s, null, kb, CasePrecedents.standard(kb), Lens.BROAD, Label.PD),
            10);
    String apiJson = JSON.writeValueAsString(api);
    assertThat(apiJson).isEqualTo(JSON.writeValueAsString(cli));
    assertThat(JSON.readTree(apiJson).path("knowledgeBase").path("asOf").asText())
        .isEqualTo("1996"); // opened in February 1997: the end of 1996 (audit4 H5)
    // the Trilateral Cooperative Arrangement (2016) is not offered for 1997
    assertThat(apiJson).doesNotContain("\"id\":\"sulu-celebes-tca\"");
  }
}
