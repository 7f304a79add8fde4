package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amity.app.web.ApiClient.Reply;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related situations in the API and the situation report: Thailand's situation and the Deep South's
 * on the same days each list the other in words, so do China – Viet Nam and Viet Nam; the list
 * endpoint gives every situation its related ones; a situation with no linked subject at the same
 * time lists none.
 */
class RelatedSituationsApiIT {
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, ResponseAdvisor.absent());
    RelatedFixtures.insert(((DuckDbStorage) web.store()).eventStore().connection());
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static ApiClient viewer() throws Exception {
    return web.signedIn("viewer");
  }

  /** "#5 a conflict area in this country" for each related situation. */
  private static List<String> related(JsonNode situation) {
    List<String> out = new ArrayList<>();
    situation
        .get("related")
        .forEach(r -> out.add("#" + r.get("id") + " " + r.get("relation").asText()));
    return out;
  }

  private static JsonNode situation(long id) throws Exception {
    Reply r = viewer().get("/api/v1/situations/" + id);
    assertThat(r.status()).isEqualTo(200);
    return r.body();
  }

  @Test
  void aCountryAndItsConflictAreaOnTheSameDaysEachListTheOther() throws Exception {
    assertThat(related(situation(SignalFixtures.THAILAND)))
        .containsExactly("#5 a conflict area in this country");
    JsonNode deepSouth = situation(RelatedFixtures.DEEP_SOUTH);
    assertThat(related(deepSouth)).containsExactly("#1 the country of this conflict area");
    JsonNode thailand = deepSouth.get("related").get(0);
    assertThat(thailand.get("title").asText())
        .isEqualTo("Thailand: protests and political violence");
    assertThat(thailand.get("scope").asText()).isEqualTo("country");
    assertThat(thailand.get("subject").asText()).isEqualTo("THA");
    assertThat(thailand.get("subjectName").asText()).isEqualTo("Thailand");
    assertThat(thailand.get("level").asText()).isEqualTo("alert");
    assertThat(thailand.get("status").asText()).isEqualTo("open");
    assertThat(thailand.get("opened").asText()).isEqualTo("2014-04-20");
    assertThat(thailand.get("updated").asText()).isEqualTo("2014-05-21");
    // an open one has no closing day; a closed one gives it, which the page prints (audit6 J3)
    assertThat(thailand.has("closed")).isTrue();
    assertThat(thailand.get("closed").isNull()).isTrue();
  }

  @Test
  void aDyadAndItsPartysCountryEachListTheOther() throws Exception {
    assertThat(related(situation(RelatedFixtures.CHINA_VIET_NAM)))
        .containsExactly("#7 a party to this dyad");
    JsonNode vietNam = situation(RelatedFixtures.VIET_NAM);
    assertThat(related(vietNam)).containsExactly("#6 a dyad of this country");
    assertThat(vietNam.get("related").get(0).get("subjectName").asText()).contains("China", "Viet");
  }

  @Test
  void situationsWithNoLinkedSubjectAtTheSameTimeListNone() throws Exception {
    // a year before Thailand's situation; China – Philippines shares a party with China – Viet Nam
    // but two dyads are not linked; Myanmar has nothing linked
    assertThat(related(situation(RelatedFixtures.DEEP_SOUTH_2013))).isEmpty();
    assertThat(related(situation(SignalFixtures.SCARBOROUGH))).isEmpty();
    assertThat(related(situation(SignalFixtures.CLOSED))).isEmpty();
  }

  @Test
  void theListGivesEverySituationItsRelatedOnesAsTheSingleOneDoes() throws Exception {
    ApiClient c = viewer();
    Reply list = c.get("/api/v1/situations?status=all");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).hasSize(7);
    for (JsonNode s : list.body()) {
      assertThat(s.get("related"))
          .as("situation " + s.get("id"))
          .isEqualTo(c.get("/api/v1/situations/" + s.get("id")).body().get("related"));
    }
    // a page lists related situations beyond the page
    Reply first = c.get("/api/v1/situations?status=open&limit=1");
    assertThat(first.body()).hasSize(1);
    assertThat(related(first.body().get(0))).isNotEmpty();
  }

  @Test
  void theSituationReportListsTheRelatedSituationInWords() throws Exception {
    HttpResponse<byte[]> r =
        viewer().bytes("/api/v1/situations/" + RelatedFixtures.DEEP_SOUTH + "/report?format=html");
    assertThat(r.statusCode()).isEqualTo(200);
    String html = new String(r.body(), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<h2>Related situations</h2>")
        .contains("1 · Thailand: protests and political violence")
        .contains("the country of this conflict area");
    HttpResponse<byte[]> none =
        viewer().bytes("/api/v1/situations/" + SignalFixtures.CLOSED + "/report?format=html");
    assertThat(new String(none.body(), StandardCharsets.UTF_8))
        .contains("<h2>Related situations</h2>")
        .contains("None: no situation on a linked subject");
  }
}
