package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.amity.app.report.ReportFixture;
import org.amity.response.track2.Track2Meeting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planted participant names never reach an API answer, the audit log and the reports (HTML and the
 * text of the PDFs) included.
 */
class Track2NonAttributionIT {
  private static final String NAME = "Wilhelmina Crumbleton";

  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, ResponseAdvisor.absent());
    web.store()
        .track2()
        .add(
            new Track2Meeting(
                0,
                LocalDate.parse("2014-05-15"),
                "Study group on the shoal",
                List.of("a network"),
                9,
                Map.of("academic", 9),
                List.of("both coast guards want rules"),
                List.of(new Track2Meeting.Recommendation(0, "joint rules", "submitted", List.of())),
                List.of(NAME)),
            "convenor",
            "127.0.0.1");
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void noAnswerToAnyRoleNamesAParticipant() throws Exception {
    StringBuilder all = new StringBuilder();
    ApiClient analyst = new ApiClient(web.baseUrl());
    analyst.signIn("analyst", WebFixture.PASSWORD);
    all.append(
        analyst
            .post(
                "/api/v1/track2/recommendations/2/status",
                Map.of("status", "adopted", "date", "2014-08-10", "note", "taken up"))
            .raw()
            .body());
    all.append(
        analyst
            .post("/api/v1/follows", Map.of("scope", "dyad", "subject", "CHN-PHL"))
            .raw()
            .body());
    all.append(analyst.get("/api/v1/notifications").raw().body());
    for (String role : List.of("viewer", "analyst", "admin")) {
      ApiClient c = new ApiClient(web.baseUrl());
      assertThat(c.signIn(role, WebFixture.PASSWORD).status()).isEqualTo(200);
      for (String path :
          List.of(
              "/api/v1/track2",
              "/api/v1/audit",
              "/api/v1/gap",
              "/api/v1/situations/2/timeline",
              "/api/v1/situations",
              "/api/v1/situations/2",
              "/api/v1/situations/2/report?format=html",
              "/api/v1/reports/month/2014-05?format=html")) {
        all.append(c.get(path).raw().body());
      }
      for (String path :
          List.of("/api/v1/situations/2/report", "/api/v1/reports/month/2014-05?format=pdf")) {
        var pdf = c.bytes(path);
        assertThat(pdf.statusCode()).isEqualTo(200);
        all.append(ReportFixture.text(pdf.body()));
      }
    }
    assertThat(all).contains("both coast guards want rules").contains("track2.add");
    assertThat(all).contains("Study group on the shoal").contains("Regional watch list 2014-05");
    assertThat(all.toString()).doesNotContain(NAME).doesNotContain("Crumbleton");
  }

  @Test
  void onlyTheConvenorSeesTheNamesAndOnlyTheConvenorMayRecordThem() throws Exception {
    ApiClient conv = new ApiClient(web.baseUrl());
    assertThat(conv.signIn("track2-convenor", WebFixture.PASSWORD).status()).isEqualTo(200);
    assertThat(conv.get("/api/v1/track2").raw().body()).contains(NAME);
    assertThat(conv.get("/api/v1/audit").status()).isEqualTo(403);
    Map<String, Object> meeting =
        Map.of(
            "date", "2014-09-01",
            "title", "Second study group",
            "participantCount", 4,
            "affiliations", Map.of("academic", 4),
            "findings", List.of("hotlines go unanswered at night"),
            "recommendations", List.of(Map.of("text", "staff hotlines", "status", "submitted")),
            "participants", List.of("Ignatius Fernsby-Quoll"));
    ApiClient analyst = new ApiClient(web.baseUrl());
    analyst.signIn("analyst", WebFixture.PASSWORD);
    assertThat(analyst.post("/api/v1/track2", meeting).status()).isEqualTo(403);
    var added = conv.post("/api/v1/track2", meeting);
    assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
    assertThat(added.raw().body()).contains("Ignatius Fernsby-Quoll");
    String others =
        analyst.get("/api/v1/track2").raw().body()
            + analyst
                .post("/api/v1/track2/recommendations/99/links", Map.of("entry", 1))
                .raw()
                .body();
    ApiClient admin = new ApiClient(web.baseUrl());
    admin.signIn("admin", WebFixture.PASSWORD);
    others += admin.get("/api/v1/track2").raw().body() + admin.get("/api/v1/audit").raw().body();
    assertThat(others)
        .contains("hotlines go unanswered at night")
        .contains("no track II recommendation 99")
        .doesNotContain("Fernsby")
        .doesNotContain(NAME);
  }
}
