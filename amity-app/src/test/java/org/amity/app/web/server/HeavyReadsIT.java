package org.amity.app.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.amity.app.web.ApiClient;
import org.amity.app.web.ResponseAdvisor;
import org.amity.app.web.WebFixture;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heavy reads hold a lane only while they run (failed ones give it back too), are stopped at their
 * time limit with a 503 problem, and never hold up the cheap reads.
 */
class HeavyReadsIT {
  @TempDir Path dir;

  /** Two million more events (copies of a fixture event over ten years), so a page takes time. */
  private static void grow(WebFixture web) throws Exception {
    Connection c = ((DuckDbStorage) web.store()).eventStore().connection();
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO events SELECT e.* REPLACE ('big-' || r.range AS native_id,"
              + " DATE '2015-01-01' + (hash(r.range) % 3650)::INTEGER AS event_date)"
              + " FROM (SELECT * FROM events LIMIT 1) e, range(2000000) r");
    }
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aHeavyReadPastItsLimitIsAnswered503AndTheHeavyConnectionsStillAnswerAfter()
      throws Exception {
    try (WebFixture web = new WebFixture(dir, ResponseAdvisor.absent())) {
      grow(web);
      ApiClient api = new ApiClient(web.baseUrl());
      assertThat(api.signIn("viewer", WebFixture.PASSWORD).status()).isEqualTo(200);
      String page = "/api/v1/events?from=2015-01-01&to=2015-12-31&offset=3000";
      web.server().heavyReads().limit(1);
      for (int i = 0; i < 4; i++) {
        ApiClient.Reply busy = api.get(page + "&limit=" + (10 + i));
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.header("Content-Type")).startsWith("application/problem+json");
        assertThat(busy.header("Retry-After")).isEqualTo("2");
        assertThat(busy.body().get("type").asText()).isEqualTo("/problems/busy");
        assertThat(busy.body().get("detail").asText())
            .contains("took longer than its time limit of 1 ms");
      }
      // each of the three heavy connections answers in turn (the pool hands them out in order)
      web.server().heavyReads().limit(120_000);
      for (int i = 0; i < 4; i++) {
        ApiClient.Reply ok = api.get(page + "&limit=" + (10 + i));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().get("items")).hasSize(10 + i);
        assertThat(ok.body().get("next").asText()).isNotBlank();
      }
    }
  }

  @Test
  void alertsAreAnsweredWhileEveryHeavyLaneIsTaken() throws Exception {
    try (WebFixture web = new WebFixture(dir, ResponseAdvisor.absent())) {
      ApiClient api = new ApiClient(web.baseUrl());
      assertThat(api.signIn("viewer", WebFixture.PASSWORD).status()).isEqualTo(200);
      HeavyReads heavy = web.server().heavyReads();
      heavy.limit(300);
      int lanes = heavy.lanes().availablePermits();
      assertThat(heavy.lanes().tryAcquire(lanes)).isTrue();
      try {
        ApiClient.Reply events = api.get("/api/v1/events?limit=5");
        assertThat(events.status()).isEqualTo(503);
        assertThat(events.body().get("detail").asText()).contains("none could start");
        for (int i = 0; i < 20; i++) {
          assertThat(api.get("/api/v1/alerts").status()).isEqualTo(200);
          assertThat(api.get("/api/v1/situations").status()).isEqualTo(200);
        }
      } finally {
        heavy.lanes().release(lanes);
      }
      assertThat(api.get("/api/v1/events?limit=5").status()).isEqualTo(200);
    }
  }

  @Test
  void aBusyReportLinkOpenedInABrowserAnswersAPageAndAScriptAProblem() throws Exception {
    try (WebFixture web = new WebFixture(dir, ResponseAdvisor.absent())) {
      ApiClient api = new ApiClient(web.baseUrl());
      assertThat(api.signIn("viewer", WebFixture.PASSWORD).status()).isEqualTo(200);
      HeavyReads heavy = web.server().heavyReads();
      heavy.limit(300);
      int lanes = heavy.lanes().availablePermits();
      assertThat(heavy.lanes().tryAcquire(lanes)).isTrue();
      try {
        String report = "/api/v1/situations/1/report?format=pdf";
        ApiClient.Reply tab =
            api.send(
                api.builder(report)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .GET());
        assertThat(tab.status()).isEqualTo(503);
        assertThat(tab.header("Content-Type")).startsWith("text/html");
        assertThat(tab.header("Retry-After")).isEqualTo("2");
        assertThat(tab.raw().body())
            .contains("<h1>Busy</h1>", "none could start within 300 ms", "Try the link again");

        ApiClient.Reply script = api.get(report);
        assertThat(script.status()).isEqualTo(503);
        assertThat(script.header("Content-Type")).startsWith("application/problem+json");
      } finally {
        heavy.lanes().release(lanes);
      }
    }
  }

  @Test
  void pagesByCursorFollowOnWithoutGapsOrRepeats() throws Exception {
    try (WebFixture web = new WebFixture(dir, ResponseAdvisor.absent())) {
      ApiClient api = new ApiClient(web.baseUrl());
      assertThat(api.signIn("viewer", WebFixture.PASSWORD).status()).isEqualTo(200);
      String window = api.get("/api/v1/events?limit=1").body().get("from").asText();
      String range = "from=" + window + "&to=" + LocalDate.parse(window).plusDays(30);
      ApiClient.Reply whole = api.get("/api/v1/events?limit=1000&" + range);
      java.util.List<String> all = new java.util.ArrayList<>();
      whole.body().get("items").forEach(e -> all.add(e.get("nativeId").asText()));
      java.util.List<String> paged = new java.util.ArrayList<>();
      String next = null;
      do {
        ApiClient.Reply r =
            api.get("/api/v1/events?limit=2&" + range + (next == null ? "" : "&cursor=" + next));
        assertThat(r.status()).isEqualTo(200);
        r.body().get("items").forEach(e -> paged.add(e.get("nativeId").asText()));
        next = r.body().get("next").isNull() ? null : r.body().get("next").asText();
      } while (next != null);
      assertThat(paged).containsExactlyElementsOf(all);
      assertThat(api.get("/api/v1/events?cursor=nonsense").status()).isEqualTo(400);
      assertThat(api.get("/api/v1/events?cursor=" + "x".repeat(8) + "&offset=2").status())
          .isEqualTo(400);
    }
  }

  @Test
  void heavyReadsThatFailGiveTheirLaneBack() throws Exception {
    try (WebFixture web = new WebFixture(dir, ResponseAdvisor.absent())) {
      ApiClient api = new ApiClient(web.baseUrl());
      assertThat(api.signIn("viewer", WebFixture.PASSWORD).status()).isEqualTo(200);
      // four read connections give three heavy lanes; ten refused reads must not keep any
      for (int i = 0; i < 10; i++) {
        assertThat(api.get("/api/v1/events?nonsense=1").status()).isEqualTo(400);
      }
      assertThat(api.get("/api/v1/events?limit=5").status()).isEqualTo(200);
      assertThat(api.get("/api/v1/alerts").status()).isEqualTo(200);
    }
  }

  @Test
  void namesTheRoutesThatMayScanMuchOfTheStore() {
    assertThat(HeavyReads.heavy("/api/v1/events")).isTrue();
    assertThat(HeavyReads.heavy("/api/v1/series/catalog")).isTrue();
    assertThat(HeavyReads.heavy("/api/v1/alerts")).isFalse();
    assertThat(HeavyReads.heavy("/api/v1/eventsx")).isFalse();
  }
}
