package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.amity.app.report.ReportFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report downloads: content types, attachment names, roles and problem documents. */
class ReportApiIT {
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, ResponseAdvisor.absent());
    ReportFixture.plant(web.store());
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static ApiClient as(String role) throws Exception {
    return web.signedIn(role);
  }

  @Test
  void aSituationReportIsAPdfAttachmentWithTheTimelineTheViewerMaySee() throws Exception {
    HttpResponse<byte[]> r = as("viewer").bytes("/api/v1/situations/2/report");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"amity-situation-2.pdf\"");
    String text = ReportFixture.text(r.body()).replaceAll("\\s+", " ");
    assertThat(text)
        .contains("China-Philippines: Scarborough Shoal standoff")
        .contains(ReportFixture.CONSULTATION)
        .doesNotContain(ReportFixture.ANALYSTS_ONLY);
  }

  @Test
  void anAnalystsHtmlReportShowsTheAnalystsEntries() throws Exception {
    HttpResponse<byte[]> r = as("analyst").bytes("/api/v1/situations/2/report?format=html");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(new String(r.body(), StandardCharsets.UTF_8))
        .contains(ReportFixture.ANALYSTS_ONLY)
        .contains("timeline entries visible to: analyst");
  }

  @Test
  void theMonthReportIsAnAttachmentNamedByMonth() throws Exception {
    HttpResponse<byte[]> r = as("viewer").bytes("/api/v1/reports/month/2014-05?format=html");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"amity-watch-list-2014-05.html\"");
    // the saved file's links point back at this service in full, not at the file's own folder
    // (April 2014: situation 1 of the fixtures opened on 2014-04-20)
    String html =
        new String(
            as("viewer").bytes("/api/v1/reports/month/2014-04?format=html").body(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html)
        .contains(
            "<a href=\"" + web.baseUrl().replaceAll("/+$", "") + "/situation.html?id=1\">#1</a>")
        .doesNotContain("href=\"/situation.html");
  }

  @Test
  void unknownIdsBadMonthsAndFormatsAreProblems() throws Exception {
    ApiClient c = as("viewer");
    ApiClient.Reply none = c.get("/api/v1/situations/999/report");
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.header("Content-Type")).contains("application/problem+json");
    assertThat(none.body().get("detail").asText()).contains("no situation 999");
    assertThat(c.get("/api/v1/reports/month/2014-13").status()).isEqualTo(400);
    assertThat(c.get("/api/v1/reports/month/May-2014").status()).isEqualTo(400);
    assertThat(c.get("/api/v1/situations/2/report?format=docx").status()).isEqualTo(400);
    assertThat(c.get("/api/v1/situations/2/report?colour=red").status()).isEqualTo(400);
  }

  @Test
  void aReportNeedsASignedInReader() throws Exception {
    assertThat(new ApiClient(web.baseUrl()).get("/api/v1/situations/2/report").status())
        .isEqualTo(401);
  }
}
