package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.amity.app.web.ApiClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over real HTTP on a free port: reads, writes, authorisation and bad parameters. */
class WebApiIT {
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

  @Test
  void healthIsOpenAndSaysTheRecommenderIsMissing() throws Exception {
    Reply r = new ApiClient(web.baseUrl()).get("/api/v1/health");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().at("/components/store").asText()).isEqualTo("up");
    assertThat(r.body().at("/components/recommender").asText()).isEqualTo("not in this build");
  }

  @Test
  void noSessionGets401AsProblemDetails() throws Exception {
    Reply r = new ApiClient(web.baseUrl()).get("/api/v1/alerts");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.body().get("status").asInt()).isEqualTo(401);
    assertThat(r.body().get("type").asText()).isEqualTo("/problems/not-signed-in");
    assertThat(r.body().get("title").asText()).isNotBlank();
    assertThat(r.body().get("detail").asText()).contains("sign in");
  }

  @Test
  void signInSetsAnHttpOnlyStrictCookie() throws Exception {
    Reply r = new ApiClient(web.baseUrl()).signIn("viewer", WebFixture.PASSWORD);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Set-Cookie"))
        .startsWith("amity_session=")
        .contains("HttpOnly")
        .contains("SameSite=Strict")
        .doesNotContain("Secure");
    assertThat(r.body().get("role").asText()).isEqualTo("viewer");
    assertThat(r.body().get("csrfToken").asText()).hasSizeGreaterThan(30);
  }

  @Test
  void wrongPasswordGets401WithoutSayingWhichPartWasWrong() throws Exception {
    Reply unknown = new ApiClient(web.baseUrl()).signIn("nobody", "whatever-password");
    Reply wrong = new ApiClient(web.baseUrl()).signIn("analyst", "whatever-password");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.body().get("detail")).isEqualTo(wrong.body().get("detail"));
  }

  @Test
  void openAlertsComeHighestLevelFirst() throws Exception {
    Reply r = as("viewer").get("/api/v1/alerts");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).hasSize(3);
    assertThat(r.body().get(0).get("level").asText()).isEqualTo("alert");
    assertThat(r.body().get(0).get("subject").asText()).isEqualTo("THA");
    assertThat(r.body().get(0).at("/threatShares/intra-state").asDouble()).isEqualTo(0.85);
    assertThat(r.body().get(0).get("evidenceCount").asInt()).isEqualTo(2);
    assertThat(r.body().get(2).get("level").asText()).isEqualTo("watch");
  }

  @Test
  void alertsFilterByStatusLevelAndSubject() throws Exception {
    ApiClient c = as("viewer");
    assertThat(c.get("/api/v1/alerts?status=closed").body()).hasSize(1);
    assertThat(c.get("/api/v1/alerts?status=all").body()).hasSize(4);
    assertThat(c.get("/api/v1/alerts?level=warning").body()).hasSize(2);
    assertThat(c.get("/api/v1/alerts?subject=phl-chn").body()).hasSize(1);
  }

  @Test
  void alertsFilterByScopeAndDateRangeAndSayHowManyMatchAndHowCurrentTheDataIs() throws Exception {
    ApiClient c = as("viewer");
    assertThat(c.get("/api/v1/alerts?status=all&scope=dyad").body()).hasSize(1);
    assertThat(c.get("/api/v1/alerts?status=all&from=2014-01-01").body()).hasSize(3);
    assertThat(c.get("/api/v1/alerts?status=all&to=2013-12-31").body()).hasSize(1);
    assertThat(c.get("/api/v1/alerts?status=protracted").body()).isEmpty();
    Reply page = c.get("/api/v1/alerts?status=all&limit=1&offset=1");
    assertThat(page.body()).hasSize(1);
    assertThat(page.header("X-Total-Count")).isEqualTo("4");
    String asOf = page.header("X-Data-As-Of");
    assertThat(asOf).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(c.get("/api/v1/overview").body().get("dataAsOf").asText()).isEqualTo(asOf);
    assertThat(c.get("/api/v1/alerts/11").body().get("dataAsOf").asText()).isEqualTo(asOf);
    assertThat(c.get("/api/v1/situations/1").body().get("dataAsOf").asText()).isEqualTo(asOf);
  }

  @Test
  void overviewCountsCurrentWarningsOnlyAndSaysSo() throws Exception {
    JsonNode o = as("viewer").get("/api/v1/overview").body();
    assertThat(o.get("currentWarnings").asInt()).isEqualTo(3);
    assertThat(o.get("protractedAlerts").asInt()).isZero();
    assertThat(o.get("countsNote").asText()).contains("current open alerts only, at any level");
    JsonNode t = as("viewer").get("/api/v1/trend?weeks=4&to=2014-05-20").body();
    assertThat(t.get("weeks")).hasSize(4);
    assertThat(t.get("colours").asText()).contains("highest level");
  }

  @Test
  void situationsOfADateRangeAreThoseOngoingInItByTheAlertsRule() throws Exception {
    ApiClient c = as("viewer");
    assertThat(c.get("/api/v1/situations?status=all&from=2014-01-01").body())
        .extracting(n -> n.get("id").asLong())
        .containsExactlyInAnyOrder(SignalFixtures.THAILAND, SignalFixtures.SCARBOROUGH);
    assertThat(c.get("/api/v1/situations?status=all&to=2013-12-31").body())
        .extracting(n -> n.get("id").asLong())
        .containsExactly(SignalFixtures.CLOSED);
    // Myanmar closed on 2013-06-30, Scarborough opened on 2014-04-10, Thailand on 2014-04-20
    Reply both = c.get("/api/v1/situations?status=all&from=2013-06-15&to=2014-04-15");
    assertThat(both.body())
        .extracting(n -> n.get("id").asLong())
        .containsExactlyInAnyOrder(SignalFixtures.CLOSED, SignalFixtures.SCARBOROUGH);
    assertThat(both.header("X-Total-Count")).isEqualTo("2");
    assertThat(c.get("/api/v1/situations?status=all&from=2014-05-01&to=2014-01-01").status())
        .isEqualTo(400);
    assertThat(c.get("/api/v1/situations?from=yesterday").status()).isEqualTo(400);
  }

  @Test
  void situationsFilterByStatusIncludingClosedAndSayWhetherTheyAreStale() throws Exception {
    ApiClient c = as("viewer");
    Reply closed = c.get("/api/v1/situations?status=closed");
    assertThat(closed.body()).hasSize(1);
    assertThat(closed.body().get(0).get("title").asText()).contains("Myanmar");
    assertThat(closed.header("X-Total-Count")).isEqualTo("1");
    assertThat(c.get("/api/v1/situations?status=all").body()).hasSize(3);
    JsonNode thailand = c.get("/api/v1/situations").body().get(0);
    assertThat(thailand.get("stale").asBoolean()).isFalse();
    assertThat(thailand.get("lastData").asText()).isEqualTo("2014-05-20");
  }

  @Test
  void situationDetailCarriesAlertsEvidenceAndNotes() throws Exception {
    Reply r = as("viewer").get("/api/v1/situations/" + SignalFixtures.THAILAND);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("title").asText()).contains("Thailand");
    assertThat(r.body().get("alerts")).hasSize(2);
    assertThat(r.body().at("/alerts/0/evidence/0/url").asText())
        .isEqualTo("https://example.org/news/thai-army-martial-law");
    assertThat(r.body().at("/alerts/0/evidence/0/code").asText()).isEqualTo("173");
    assertThat(r.body().get("notes").isArray()).isTrue();
  }

  @Test
  void situationsListOpenOnesRankedByLevel() throws Exception {
    Reply r = as("viewer").get("/api/v1/situations");
    assertThat(r.body()).hasSize(2);
    assertThat(r.body().get(0).get("id").asLong()).isEqualTo(SignalFixtures.THAILAND);
    assertThat(r.body().get(1).get("openAlertCount").asInt()).isEqualTo(1);
  }

  @Test
  void overviewColoursEachPartyByItsHighestOpenLevel() throws Exception {
    Reply r = as("viewer").get("/api/v1/overview");
    Map<String, String> levels = new java.util.HashMap<>();
    r.body()
        .get("countries")
        .forEach(c -> levels.put(c.get("iso3").asText(), c.get("level").asText()));
    assertThat(levels).containsEntry("THA", "alert").containsEntry("CHN", "warning");
    assertThat(levels).containsEntry("PHL", "warning").doesNotContainKey("MMR");
  }

  @Test
  void seriesComesWithABaselineBand() throws Exception {
    Reply r =
        as("viewer")
            .get(
                "/api/v1/series?country=THA&indicator=material_conflict&resolution=day"
                    + "&from=2014-04-01&to=2014-06-30");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("points")).hasSize(50); // the fixture ends on 20 May
    var april30 = r.body().get("points").get(29);
    var may1 = r.body().get("points").get(30);
    assertThat(may1.get("period").asText()).isEqualTo("2014-05-01");
    assertThat(april30.get("value").asDouble()).isLessThan(april30.get("high").asDouble());
    assertThat(may1.get("value").asDouble()).isGreaterThan(may1.get("high").asDouble());
    assertThat(r.body().get("points").get(0).get("baseline").isNull()).isTrue();
  }

  @Test
  void anAlertsIndicatorIsTheSeriesItsDetectorScoredWithTheDetectorsBaseline() throws Exception {
    Reply r =
        as("viewer")
            .get(
                "/api/v1/series?country=VNM&indicator=conflict_7d&resolution=day"
                    + "&from=2014-03-01&to=2014-04-30");
    assertThat(r.status()).isEqualTo(200);
    var points = r.body().get("points");
    assertThat(points).hasSize(61);
    // the value is the seven-day sum the spec scores, not the daily count
    var quiet = points.get(20); // 2014-03-21, day 79: days 73-79 sum to 140 (20 +/- 2 a day)
    assertThat(quiet.get("period").asText()).isEqualTo("2014-03-21");
    assertThat(quiet.get("value").asDouble()).isBetween(130.0, 150.0);
    assertThat(quiet.get("baseline").asDouble()).isBetween(120.0, 160.0);
    assertThat(quiet.get("level").asText()).isEqualTo("none");
    var surge = points.get(43); // 2014-04-13, day 102: the surge began on day 100
    assertThat(surge.get("period").asText()).isEqualTo("2014-04-13");
    assertThat(surge.get("value").asDouble()).isGreaterThan(surge.get("baseline").asDouble() + 60);
    assertThat(surge.get("level").asText()).isIn("warning", "alert");
    assertThat(r.body().get("band").asText()).contains("detector's expected value");
  }

  @Test
  void recommendationsAnswer503WhileTheRecommenderIsNotInTheBuild() throws Exception {
    Reply r = as("viewer").get("/api/v1/situations/1/recommendations?lens=narrow");
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.body().get("detail").asText()).contains("recommender not available in this build");
    assertThat(as("viewer").get("/api/v1/knowledge-base").status()).isEqualTo(503);
  }

  @Test
  void eventsArePagedWithinADateWindow() throws Exception {
    ApiClient c = as("viewer");
    Reply r = c.get("/api/v1/events?country=THA&limit=2");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("to").asText()).isEqualTo("2014-05-21");
    assertThat(r.body().get("items")).hasSize(2);
    assertThat(r.body().get("nextOffset").asInt()).isEqualTo(2);
    assertThat(c.get("/api/v1/events?country=THA&limit=2&offset=2").body().get("items")).hasSize(1);
  }

  @Test
  void rejectsGroupByReasonPattern() throws Exception {
    Reply r = as("viewer").get("/api/v1/rejects/reasons");
    assertThat(r.body()).hasSize(1);
    assertThat(r.body().get(0).get("reason").asText()).isEqualTo("expected N columns, got N");
    assertThat(r.body().get(0).get("lines").asInt()).isEqualTo(2);
  }

  @Test
  void badParametersGet400WithTheReason() throws Exception {
    ApiClient c = as("viewer");
    String[][] cases = {
      {"/api/v1/alerts?status=maybe", "status must be one of"},
      {"/api/v1/alerts?scope=planet", "scope must be one of"},
      {"/api/v1/alerts?from=2014-13-40", "not a date: 2014-13-40 (use YYYY-MM-DD)"},
      {"/api/v1/alerts?from=2014-05-01&to=2014-04-01", "ends (2014-04-01) before it starts"},
      {"/api/v1/alerts?limit=-1", "limit must be between"},
      {"/api/v1/alerts?limit=ten", "limit must be a whole number"},
      {"/api/v1/alerts?colour=red", "unknown parameter 'colour'"},
      {"/api/v1/situations/abc", "id must be a positive whole number"},
      {"/api/v1/events?from=2014-13-01", "from must be a date"},
      {"/api/v1/events?from=2014-05-02&to=2014-05-01", "is after to"},
      {"/api/v1/events?from=2010-01-01&to=2014-01-01", "at most 366 days"},
      {"/api/v1/events?country=XXX", "ISO 3166 alpha-3"},
      {"/api/v1/series?country=THA", "indicator is required"},
      {"/api/v1/series?country=THA&dyad=CHN-VNM&indicator=x", "exactly one of"},
      {"/api/v1/series?dyad=THA-THA&indicator=x", "two different countries"},
      {"/api/v1/situations/1/recommendations?lens=wide", "lens must be one of"},
    };
    for (String[] k : cases) {
      Reply r = c.get(k[0]);
      assertThat(r.status()).as(k[0]).isEqualTo(400);
      assertThat(r.header("Content-Type")).as(k[0]).startsWith("application/problem+json");
      assertThat(r.body().get("detail").asText()).as(k[0]).contains(k[1]);
    }
  }

  @Test
  void unknownThingsGet404AsProblemDetails() throws Exception {
    ApiClient c = as("viewer");
    assertThat(c.get("/api/v1/situations/999").status()).isEqualTo(404);
    assertThat(c.get("/api/v1/alerts/999").status()).isEqualTo(404);
    Reply r = c.get("/api/v1/nothing-here");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body().get("type").asText()).isEqualTo("/problems/not-found");
  }

  @Test
  void viewerCannotWrite() throws Exception {
    ApiClient viewer = as("viewer");
    Reply ack = viewer.post("/api/v1/alerts/11/acknowledgements", Map.of());
    Reply note = viewer.post("/api/v1/situations/1/notes", Map.of("text", "seen"));
    assertThat(ack.status()).isEqualTo(403);
    assertThat(note.status()).isEqualTo(403);
    assertThat(note.body().get("detail").asText()).contains("viewer role may not");
    assertThat(viewer.get("/api/v1/situations/1/notes").body()).isEmpty();
  }

  @Test
  void noSessionCannotWriteEither() throws Exception {
    Reply r = new ApiClient(web.baseUrl()).post("/api/v1/situations/1/notes", Map.of("text", "x"));
    assertThat(r.status()).isEqualTo(401);
  }

  @Test
  void onlyAdminsReadTheAuditLog() throws Exception {
    assertThat(as("analyst").get("/api/v1/audit").status()).isEqualTo(403);
    Reply r = as("admin").get("/api/v1/audit");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().findValuesAsText("action")).contains("session.open", "user.add");
  }

  @Test
  void analystAcknowledgesAnAlertAndTheAuditLogSaysWhoAndWhen() throws Exception {
    ApiClient analyst = as("analyst");
    Reply r = analyst.post("/api/v1/alerts/21/acknowledgements", Map.of("comment", "watching"));
    assertThat(r.status()).isEqualTo(201);
    assertThat(analyst.post("/api/v1/alerts/21/acknowledgements", Map.of()).status())
        .isEqualTo(200);
    Reply alert = analyst.get("/api/v1/alerts/21");
    assertThat(alert.body().at("/acknowledgements/0/user").asText()).isEqualTo("analyst");
    Reply audit = as("admin").get("/api/v1/audit?limit=1000");
    assertThat(audit.body().toString()).contains("alert.acknowledge").contains("alert/21");
  }

  @Test
  void analystRecordsAnActionWithItsInstrumentKeptWithTheSituation() throws Exception {
    ApiClient analyst = as("analyst");
    Reply r =
        analyst.post(
            "/api/v1/situations/2/notes",
            Map.of(
                "kind",
                "action",
                "text",
                "Hotline call between ministers",
                "instrument",
                "adi-hotline",
                "takenOn",
                "2014-05-07",
                "alertId",
                21));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.body().get("author").asText()).isEqualTo("analyst");
    Reply s = analyst.get("/api/v1/situations/2");
    assertThat(s.body().at("/notes/0/instrument").asText()).isEqualTo("adi-hotline");
    assertThat(s.body().at("/notes/0/takenOn").asText()).isEqualTo("2014-05-07");
  }

  @Test
  void badWritesGet400Or404() throws Exception {
    ApiClient analyst = as("analyst");
    assertThat(analyst.post("/api/v1/situations/1/notes", Map.of()).status()).isEqualTo(400);
    assertThat(
            analyst
                .post("/api/v1/situations/1/notes", Map.of("kind", "action", "text", "x"))
                .body()
                .get("detail")
                .asText())
        .contains("instrument is required");
    assertThat(
            analyst.post("/api/v1/situations/1/notes", Map.of("text", "x", "alertId", 21)).status())
        .isEqualTo(400);
    assertThat(analyst.post("/api/v1/situations/999/notes", Map.of("text", "x")).status())
        .isEqualTo(404);
    assertThat(analyst.post("/api/v1/alerts/999/acknowledgements", Map.of()).status())
        .isEqualTo(404);
    assertThat(
            analyst.post("/api/v1/situations/1/notes", Map.of("text", "x", "mood", "y")).status())
        .isEqualTo(400);
  }

  @Test
  void writesWithoutTheCsrfTokenAreRefused() throws Exception {
    ApiClient analyst = as("analyst");
    var req =
        analyst
            .builder("/api/v1/situations/1/notes")
            .setHeader("X-CSRF-Token", "forged")
            .header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}"));
    Reply r = analyst.send(req);
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.body().get("type").asText()).isEqualTo("/problems/csrf");
  }

  @Test
  void crossOriginAndNonJsonWritesAreRefused() throws Exception {
    ApiClient analyst = as("analyst");
    Reply cross =
        analyst.send(
            analyst
                .builder("/api/v1/situations/1/notes")
                .header("Origin", "https://elsewhere.example")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")));
    assertThat(cross.status()).isEqualTo(403);
    Reply form =
        analyst.send(
            analyst
                .builder("/api/v1/situations/1/notes")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("text=x")));
    assertThat(form.status()).isEqualTo(415);
  }

  @Test
  void signOutEndsTheSession() throws Exception {
    ApiClient c = as("viewer");
    assertThat(c.delete("/api/v1/session").status()).isEqualTo(204);
    assertThat(c.get("/api/v1/alerts").status()).isEqualTo(401);
  }

  @Test
  void theDashboardAndItsLibrariesAreServedFromTheJar() throws Exception {
    ApiClient c = new ApiClient(web.baseUrl());
    Reply page = c.send(c.builder("/").GET());
    assertThat(page.raw().body()).contains("Highest open level by country");
    assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(c.send(c.builder("/webjars/echarts/5.3.1/dist/echarts.min.js").GET()).status())
        .isEqualTo(200);
    assertThat(c.send(c.builder("/map/sea.geo.json").GET()).body().get("features").size())
        .isGreaterThan(15);
  }
}
