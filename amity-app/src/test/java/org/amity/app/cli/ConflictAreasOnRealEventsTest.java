package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The land conflict areas on the sources that count the dead (UCDP GED, ACLED), which name the
 * divisions in words ("Maguindanao province"): their events reach the areas' series, and the areas'
 * monthly deaths lens warns of the episodes every analyst of the region knows, each in its area.
 */
class ConflictAreasOnRealEventsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static String db;
  private static final List<JsonNode> areaAlerts = new ArrayList<>();

  @BeforeAll
  static void watchTheRealEvents() throws Exception {
    db = dir.resolve("real-events.duckdb").toString();
    ingest(
        "ucdp-ged",
        "ucdp-ged/ged_hdx_philippines_1989-2021.csv",
        "ucdp-ged/ged_hdx_indonesia_1989-2019.csv");
    ingest("acled", "acled/acled_asia2015_sea_legacy.csv", "acled/acled_indonesia_2019-2020.csv");
    Cli.Run w = Cli.run("watch", "--db", db, "--full");
    assertThat(w.exit()).as(w.err()).isZero();
    Cli.Run a = Cli.run("alerts", "--db", db, "--status", "all", "--scope", "theatre", "--json");
    assertThat(a.exit()).as(a.err()).isZero();
    JSON.readTree(a.out()).forEach(areaAlerts::add);
  }

  /** {@code amity ingest KIND} of the shared files named, into the test's store. */
  private static void ingest(String kind, String... files) {
    List<String> args = new ArrayList<>(List.of("ingest", kind, "--db", db));
    for (String f : files) {
      args.add(TestData.file(f).toString());
    }
    Cli.Run r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
  }

  private static boolean open(String area, String day) {
    LocalDate d = LocalDate.parse(day);
    return areaAlerts.stream()
        .anyMatch(
            a ->
                a.get("subject").asText().equals(area)
                    && a.get("indicator").asText().equals("theatre_fatalities_month")
                    && !LocalDate.parse(a.get("opened").asText()).isAfter(d)
                    && (a.get("closed").isNull()
                        || !LocalDate.parse(a.get("closed").asText()).isBefore(d)));
  }

  @Test
  void theEventsOfUcdpAndAcledReachTheAreasThatNameTheirDivisions() throws Exception {
    Cli.Run s =
        Cli.run("series", "--db", db, "--scope", "theatre", "--subject", "MINDANAO", "--json");
    assertThat(s.exit()).as(s.err()).isZero();
    double events = 0;
    for (JsonNode p : JSON.readTree(s.out()).get("points")) {
      events += p.get("value").asDouble();
    }
    // UCDP GED names Maguindanao, Sulu, Basilan, Cotabato, Lanao... "province": some 1,700 events
    assertThat(events).isGreaterThan(1_000);
  }

  @Test
  void theMarawiSiegeAndTheZamboangaSiegeRaiseMindanaosDeathsLens() {
    assertThat(open("MINDANAO", "2017-06-15")).as("Marawi, from 23 May 2017").isTrue();
    assertThat(open("MINDANAO", "2013-09-15")).as("Zamboanga, September 2013").isTrue();
  }

  @Test
  void theNdugaKillingsOfDecember2018RaisePapuasDeathsLens() {
    assertThat(open("PAPUA", "2018-12-15")).as("Nduga, from 2 December 2018").isTrue();
  }

  @Test
  void theIlagaClashThatAcledAndUcdpBothRecordCountsOnceInPapuasDeaths() throws Exception {
    // 2019-09: ACLED 63 dead in Papua, among them the Ilaga clash of 09-17 (3), which UCDP GED
    // records too (3): 63, not 66 (audit5 I3)
    Cli.Run s =
        Cli.run(
            "series",
            "--db",
            db,
            "--scope",
            "theatre",
            "--subject",
            "PAPUA",
            "--indicator",
            "fatalities",
            "--from",
            "2019-09-01",
            "--to",
            "2019-09-30",
            "--json");
    assertThat(s.exit()).as(s.err()).isZero();
    JsonNode september = JSON.readTree(s.out()).get("points").get(0);
    assertThat(september.get("period").asText()).isEqualTo("2019-09-01");
    assertThat(september.get("value").asDouble()).isEqualTo(63.0);
  }

  @Test
  void everyAreaAlertSaysWhereInWordsAndCarriesEvidence() {
    assertThat(areaAlerts).isNotEmpty();
    for (JsonNode a : areaAlerts) {
      assertThat(a.get("subjectName").asText()).contains("(");
      assertThat(a.get("evidenceCount").asInt()).as(a.toString()).isPositive();
    }
  }
}
