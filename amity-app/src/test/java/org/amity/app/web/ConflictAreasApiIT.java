package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import org.amity.app.web.ApiClient.Reply;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API with a conflict area's alert (scope theatre, as a watch with the areas on stores it): the
 * scope filter and the series take {@code theatre}, analysts read "Mindanao (Philippines)", the
 * area's alert colours its country on the overview, and unknown scopes and areas still get a 400
 * naming what is allowed.
 */
class ConflictAreasApiIT {
  @TempDir static Path dir;
  static WebFixture web;

  /**
   * The situation and alert on Mindanao added to {@link SignalFixtures} (and an open warning on
   * Papua, 42, with no situation).
   */
  private static final long SITUATION = 4;

  private static final long ALERT = 41;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, ResponseAdvisor.absent());
    Connection c = ((DuckDbStorage) web.store()).eventStore().connection();
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO situations VALUES (4, 'theatre', 'MINDANAO', 'Mindanao (Philippines)',"
              + " 'alert', 'open', '2014-05-02', '2014-05-20', NULL, '[\"PHL\"]',"
              + " '{\"intra-state\":1.0}', 'land', 'crisis', false, 0.0, false, '[]')");
      s.execute(
          "INSERT INTO alerts (id, situation_id, scope, subject, indicator, resolution, level,"
              + " peak_level, status, opened, updated, closed, period_start, period_end, value,"
              + " baseline, score, detector, threat_types, great_power_party,"
              + " outside_power_share) VALUES (41, 4, 'theatre', 'MINDANAO',"
              + " 'theatre_material_conflict_7d', 'day', 'alert', 'alert', 'open', '2014-05-02',"
              + " '2014-05-20', NULL, '2014-05-02', '2014-05-20', 0.45, 0.2, 5.1, 'robust-z',"
              + " '{\"intra-state\":1.0}', false, 0.0), (42, NULL, 'theatre', 'PAPUA',"
              + " 'theatre_material_conflict_7d', 'day', 'warning', 'warning', 'open',"
              + " '2014-05-12', '2014-05-20', NULL, '2014-05-12', '2014-05-20', 0.4, 0.2, 4.6,"
              + " 'robust-z', '{\"intra-state\":1.0}', false, 0.0)");
      s.execute(
          "INSERT INTO alert_evidence VALUES (41, 1, 'gdelt', 'm1', '2014-05-10', 'PHLREB',"
              + " 'PHLMIL', '190', -10.0, 4, 'https://example.org/news/maguindanao-clash')");
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO indicator_days (scope, subject, day, events, q1, q2, q3, q4, incidents,"
                + " conflict_incidents, mc_incidents, humanitarian_incidents, goldstein_sum,"
                + " tone_sum, tone_n, coercion_incidents) VALUES (?, ?, ?, 20, 8, 4, 4, 4, 12, 5,"
                + " 3, 0, 0, 0, 0, 0)")) {
      // the area's days as a watch with the areas on leaves them, and the world's (the derived
      // series are read beside the world's incidents)
      LocalDate d = LocalDate.of(2014, 4, 1);
      for (int i = 0; i < 50; i++, d = d.plusDays(1)) {
        for (String[] subject : new String[][] {{"theatre", "MINDANAO"}, {"region", "WORLD"}}) {
          p.setString(1, subject[0]);
          p.setString(2, subject[1]);
          p.setObject(3, d);
          p.addBatch();
        }
      }
      p.executeBatch();
    }
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static ApiClient viewer() throws Exception {
    return web.signedIn("viewer");
  }

  @Test
  void theTheatreScopeFilterReturns200WithTheAreasAlertInWords() throws Exception {
    Reply r = viewer().get("/api/v1/alerts?status=all&scope=theatre");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).extracting(n -> n.get("scope").asText()).containsOnly("theatre");
    assertThat(r.body()).hasSize(2);
    JsonNode a = r.body().get(0); // the higher level first
    assertThat(a.get("id").asLong()).isEqualTo(ALERT);
    assertThat(a.get("subjectName").asText()).isEqualTo("Mindanao (Philippines)");
    assertThat(a.get("scopeName").asText()).isEqualTo("conflict area");
    assertThat(a.get("indicatorName").asText())
        .isEqualTo("Material conflict's share of the conflict area's news, over seven days");
    assertThat(a.get("evidenceCount").asInt()).isEqualTo(1);
  }

  @Test
  void anAreaCanBeTheSubjectFilterAsTypedWithAHyphenOrUnderscore() throws Exception {
    ApiClient c = viewer();
    assertThat(c.get("/api/v1/alerts?status=all&subject=mindanao").body()).hasSize(1);
    assertThat(c.get("/api/v1/alerts?status=all&subject=deep-south").status()).isEqualTo(200);
    assertThat(c.get("/api/v1/alerts?status=all&subject=deep-south").body()).isEmpty();
  }

  @Test
  void aMalformedSubjectGets400SayingWhatASubjectIsWithTheInputClipped() throws Exception {
    Reply r = viewer().get("/api/v1/alerts?subject=" + "x".repeat(300) + "!");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("detail").asText())
        .contains("subject must be an ISO3 code (THA), a dyad (CHN-PHL)")
        .contains("x".repeat(40) + "...")
        .doesNotContain("x".repeat(41));
    Reply dyad = viewer().get("/api/v1/alerts?subject=CHN-XXX");
    assertThat(dyad.status()).as("a dyad's codes are checked as known countries").isEqualTo(400);
  }

  @Test
  void anUnknownScopeStillGets400ListingTheAllowedOnesTheatreAmongThem() throws Exception {
    Reply r = viewer().get("/api/v1/alerts?scope=planet");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("detail").asText())
        .contains("scope must be one of country, dyad, area, region, theatre, got 'planet'");
  }

  @Test
  void anAreasSeriesIsReadWithTheTheatreParameter() throws Exception {
    Reply r =
        viewer()
            .get(
                "/api/v1/series?theatre=mindanao&indicator=incidents&resolution=day"
                    + "&from=2014-04-01&to=2014-05-20");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("scope").asText()).isEqualTo("theatre");
    assertThat(r.body().get("subject").asText()).isEqualTo("MINDANAO");
    assertThat(r.body().get("subjectName").asText()).isEqualTo("Mindanao (Philippines)");
    assertThat(r.body().get("points")).hasSize(50);
    assertThat(r.body().get("points").get(0).get("value").asDouble()).isEqualTo(12.0);
    Reply catalog = viewer().get("/api/v1/series/catalog?theatre=MINDANAO");
    assertThat(catalog.status()).isEqualTo(200);
  }

  @Test
  void anUnknownAreaGets400NamingTheKnownOnes() throws Exception {
    Reply r = viewer().get("/api/v1/series?theatre=luzon&indicator=incidents");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("detail").asText())
        .contains(
            "unknown conflict area: luzon (MINDANAO, DEEP_SOUTH, RAKHINE, KACHIN_SHAN, PAPUA)");
    Reply two = viewer().get("/api/v1/series?theatre=mindanao&country=PHL&indicator=incidents");
    assertThat(two.status()).isEqualTo(400);
    assertThat(two.body().get("detail").asText())
        .contains("exactly one of country, dyad, area, region or theatre");
  }

  @Test
  void theAreasSituationIsShownInWordsWithItsCountryAsParty() throws Exception {
    Reply r = viewer().get("/api/v1/situations/" + SITUATION);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("subjectName").asText()).isEqualTo("Mindanao (Philippines)");
    assertThat(r.body().get("scopeName").asText()).isEqualTo("conflict area");
    assertThat(r.body().get("parties").get(0).asText()).isEqualTo("PHL");
  }

  @Test
  void anAreasAlertColoursItsCountryOnTheOverview() throws Exception {
    // Papua's open warning has no situation and the fixtures nothing else on Indonesia
    JsonNode countries = viewer().get("/api/v1/overview").body().get("countries");
    assertThat(countries)
        .filteredOn(c -> c.get("iso3").asText().equals("IDN"))
        .extracting(c -> c.get("level").asText())
        .containsExactly("warning");
  }
}
