package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amity.testing.ConflictAreaConfig;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * Every real-history expectation of {@link RealHistoryWatchTest} still holds with the conflict
 * areas on: the shipped detectors followed by {@code tools/signals/theatre.properties}, given to
 * {@code amity watch --config} as an analyst would turn the areas on (the shipped {@code
 * detectors.properties} leaves them off).
 */
class RealHistoryWithConflictAreasTest extends RealHistoryWatchTest {
  @Override
  List<String> watchOptions() throws Exception {
    Path config = dir.resolve("areas.properties");
    if (!Files.exists(config)) {
      Files.writeString(config, ConflictAreaConfig.text());
    }
    return List.of("--config", config.toString());
  }

  /**
   * Not vacuous: with these options the watch builds the areas' series (the real GDELT day of 2013
   * places three reports in the Deep South), and without them it does not.
   */
  @Test
  void theOptionsTurnTheAreasOnInTheWatch() throws Exception {
    Path day = TestData.file("gdelt/events/20130401.export.CSV.gz");
    assertThat(deepSouthIncidents(day, watchOptions())).as("areas on").isPositive();
    assertThat(deepSouthIncidents(day, List.of())).as("areas off").isZero();
  }

  private int deepSouthIncidents(Path file, List<String> options) throws Exception {
    String db = dir.resolve("gdelt-" + options.size() + ".duckdb").toString();
    Cli.Run in = Cli.run("ingest", "gdelt", "--db", db, file.toString());
    assertThat(in.exit()).as(in.err()).isZero();
    List<String> watch = new ArrayList<>(List.of("watch", "--db", db, "--full"));
    watch.addAll(options);
    Cli.Run w = Cli.run(watch.toArray(String[]::new));
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
    Cli.Run alerts =
        Cli.run("alerts", "--db", db, "--status", "all", "--scope", "theatre", "--json");
    assertThat(alerts.exit()).as(alerts.err()).isZero();
    new ObjectMapper()
        .readTree(alerts.out())
        .forEach(a -> assertThat(a.get("scope").asText()).isEqualTo("theatre"));
    Cli.Run planet = Cli.run("alerts", "--db", db, "--scope", "planet");
    assertThat(planet.exit()).isEqualTo(2);
    assertThat(planet.err()).contains("scope must be country, dyad, area, region, theatre");
    JsonNode series = new ObjectMapper().readTree(s.out());
    assertThat(series.get("subjectName").asText()).isEqualTo("Deep South (Thailand)");
    int incidents = 0;
    for (JsonNode p : series.get("points")) {
      incidents += p.get("value").asInt();
    }
    return incidents;
  }
}
