package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amity.app.web.ApiClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Response timelines and the gap over real HTTP: roles, validation, visibility, keys. */
class TimelineApiIT {
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, ResponseAdvisor.absent());
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  static ApiClient as(String role) throws Exception {
    return web.signedIn(role);
  }

  private static List<String> kinds(JsonNode entries) {
    List<String> out = new ArrayList<>();
    entries.forEach(e -> out.add(e.get("kind").asText()));
    return out;
  }

  @Test
  void anAnalystRecordsAProposalAndAViewerSeesItAfterTheWatchsWarning() throws Exception {
    Reply r =
        as("analyst")
            .post(
                "/api/v1/situations/2/timeline",
                Map.of(
                    "kind",
                    "proposal",
                    "date",
                    "2014-05-12",
                    "instrument",
                    "asean-chair",
                    "measure",
                    "good-offices",
                    "text",
                    "offer the chair's good offices"));
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    assertThat(r.body().get("author").asText()).isEqualTo("analyst");
    JsonNode t = as("viewer").get("/api/v1/situations/2/timeline").body();
    assertThat(kinds(t)).containsSubsequence("warning", "proposal");
    assertThat(t.get(0).get("author").asText()).isEqualTo("watch");
    JsonNode audit = as("admin").get("/api/v1/audit").body();
    assertThat(audit.findValuesAsText("action")).contains("timeline.add");
  }

  @Test
  void aMadeUpInstrumentIsRefusedWithTheReason() throws Exception {
    Reply r =
        as("analyst")
            .post(
                "/api/v1/situations/2/timeline",
                Map.of("kind", "proposal", "instrument", "grand-council", "measure", "mediation"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("detail").asText())
        .contains("'grand-council' is not in the knowledge base");
  }

  @Test
  void aViewerMayNotWriteAndDoesNotSeeAnalystOnlyEntries() throws Exception {
    Reply w = as("viewer").post("/api/v1/situations/1/timeline", Map.of("kind", "acknowledged"));
    assertThat(w.status()).isEqualTo(403);
    Reply hidden =
        as("analyst")
            .post(
                "/api/v1/situations/1/timeline",
                Map.of(
                    "kind",
                    "consultation",
                    "date",
                    "2014-05-20",
                    "track",
                    2,
                    "visibility",
                    "analyst",
                    "text",
                    "quiet talks"));
    assertThat(hidden.status()).as(hidden.raw().body()).isEqualTo(201);
    assertThat(kinds(as("viewer").get("/api/v1/situations/1/timeline").body()))
        .doesNotContain("consultation");
    assertThat(kinds(as("analyst").get("/api/v1/situations/1/timeline").body()))
        .contains("consultation");
  }

  @Test
  void theGapAnswersWithTheDocumentedKeys() throws Exception {
    Reply r = as("viewer").get("/api/v1/gap?from=2014-01-01&to=2014-12-31");
    assertThat(r.status()).isEqualTo(200);
    for (String key :
        List.of(
            "warnings",
            "answered30",
            "answered90",
            "medianDaysToConsultation",
            "medianDaysToAction",
            "byInstrument",
            "byThreatType",
            "unanswered")) {
      assertThat(r.body().has(key)).as(key).isTrue();
    }
    assertThat(r.body().get("warnings").asInt()).as("Thailand and Scarborough").isEqualTo(2);
    assertThat(as("viewer").get("/api/v1/gap?from=2014-12-01&to=2014-01-01").status())
        .isEqualTo(400);
  }
}
