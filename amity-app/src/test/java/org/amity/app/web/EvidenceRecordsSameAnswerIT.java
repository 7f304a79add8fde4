package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.amity.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/v1/alerts/{id}/evidence/{k}/records} answers what {@code amity alerts --id N
 * --evidence K --json} prints, with the sign-in rules of the alert itself and problem details for
 * an alert or item that does not exist.
 */
class EvidenceRecordsSameAnswerIT {
  @TempDir Path dir;

  @Test
  void theApiAndTheCliListTheSameRowsOfAnItem() throws Exception {
    JsonNode api;
    JsonNode single;
    try (WebFixture web = new WebFixture(dir, ResponseAdvisor.absent())) {
      ApiClient anonymous = new ApiClient(web.baseUrl());
      assertThat(
              anonymous
                  .get("/api/v1/alerts/" + SignalFixtures.THAILAND_ALERT + "/evidence/1/records")
                  .status())
          .isEqualTo(401);
      ApiClient c = web.signedIn("viewer");
      ApiClient.Reply r =
          c.get("/api/v1/alerts/" + SignalFixtures.THAILAND_ALERT + "/evidence/1/records");
      assertThat(r.status()).isEqualTo(200);
      api = r.body();
      single =
          c.get("/api/v1/alerts/" + SignalFixtures.SCARBOROUGH_ALERT + "/evidence/1/records")
              .body();
      for (String missing :
          new String[] {
            "/api/v1/alerts/999/evidence/1/records",
            "/api/v1/alerts/" + SignalFixtures.THAILAND_ALERT + "/evidence/3/records"
          }) {
        ApiClient.Reply m = c.get(missing);
        assertThat(m.status()).as(missing).isEqualTo(404);
        assertThat(m.body().get("type").asText()).isEqualTo("/problems/not-found");
      }
      assertThat(c.get("/api/v1/alerts/999/evidence/1/records").body().get("detail").asText())
          .contains("no alert 999");
      assertThat(
              c.get("/api/v1/alerts/" + SignalFixtures.THAILAND_ALERT + "/evidence/0/records")
                  .status())
          .isEqualTo(400);
    }
    // the fixture's item 1 is shown by the stored report 1001
    assertThat(api.get("alertId").asLong()).isEqualTo(SignalFixtures.THAILAND_ALERT);
    assertThat(api.at("/records/0/nativeId").asText()).isEqualTo("1001");
    assertThat(api.at("/records/0/shown").asBoolean()).isTrue();
    assertThat(api.at("/records/0/placeInWords").asText()).contains("Thailand");
    assertThat(single.at("/evidence/nativeId").asText()).isEqualTo("ic-7");
    String db = dir.resolve("web.duckdb").toString();
    JsonNode cli =
        cli(
            "alerts",
            "--db",
            db,
            "--id",
            "" + SignalFixtures.THAILAND_ALERT,
            "--evidence",
            "1",
            "--json");
    assertThat(cli).isEqualTo(api);
  }

  private static JsonNode cli(String... args) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      exit = Main.run(args);
    } finally {
      System.setOut(old);
    }
    assertThat(exit).isZero();
    return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
  }
}
