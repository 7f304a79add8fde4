package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped watch builds the land conflict areas from real reports: the real GDELT day of 1 April
 * 2013 places reports in Thailand's Deep South (Songkhla, Pattani), and the areas are asked about
 * in words and by their scope, as an analyst would.
 */
class ConflictAreasOnRealNewsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theShippedWatchCountsTheDeepSouthsReportsOnARealGdeltDay() throws Exception {
    String db = dir.resolve("gdelt.duckdb").toString();
    Path day = TestData.file("gdelt/events/20130401.export.CSV.gz");
    Cli.Run in = Cli.run("ingest", "gdelt", "--db", db, day.toString());
    assertThat(in.exit()).as(in.err()).isZero();
    Cli.Run w = Cli.run("watch", "--db", db, "--full");
    assertThat(w.exit()).as(w.err()).isZero();

    Cli.Run s =
        Cli.run(
            "series",
            "--db",
            db,
            "--scope",
            "theatre",
            "--subject",
            "deep-south",
            "--indicator",
            "incidents",
            "--resolution",
            "day",
            "--json");
    assertThat(s.exit()).as(s.err()).isZero();
    JsonNode series = JSON.readTree(s.out());
    assertThat(series.get("subjectName").asText()).isEqualTo("Deep South (Thailand)");
    int incidents = 0;
    for (JsonNode p : series.get("points")) {
      incidents += p.get("value").asInt();
    }
    assertThat(incidents).as("incidents placed in the Deep South").isPositive();

    Cli.Run alerts =
        Cli.run("alerts", "--db", db, "--status", "all", "--scope", "theatre", "--json");
    assertThat(alerts.exit()).as(alerts.err()).isZero();
    JSON.readTree(alerts.out())
        .forEach(a -> assertThat(a.get("scope").asText()).isEqualTo("theatre"));
    Cli.Run planet = Cli.run("alerts", "--db", db, "--scope", "planet");
    assertThat(planet.exit()).isEqualTo(2);
    assertThat(planet.err()).contains("scope must be country, dyad, area, region, theatre");
  }
}
