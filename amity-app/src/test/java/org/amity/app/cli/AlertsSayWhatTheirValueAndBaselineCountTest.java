package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.amity.app.web.SignalFixtures;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A share lens's alert says that its value and baseline are counts (audit4 H7: "Conflict's share of
 * the news between the two countries" beside "17 vs 0.8 expected"), in the alerts' text under the
 * lens's label and as {@code valueInWords} in the JSON the API shares.
 */
class AlertsSayWhatTheirValueAndBaselineCountTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WORDS =
      "value: material-conflict incidents in the day; baseline: material-conflict incidents"
          + " expected at the usual share of that day's news";

  @TempDir static Path dir;
  static String db;

  @BeforeAll
  static void store() throws Exception {
    Path file = dir.resolve("alerts.duckdb");
    try (DuckDbStorage s = DuckDbStorage.open(file)) {
      SignalFixtures.insert(s.eventStore().connection());
    }
    db = file.toString();
  }

  @Test
  void theTextSaysItUnderTheLensLabel() {
    Cli.Run r =
        Cli.run("alerts", "--db", db, "--id", String.valueOf(SignalFixtures.THAILAND_ALERT));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("material_conflict=42 vs 12.5 expected").contains("    " + WORDS);
  }

  @Test
  void theJsonCarriesItAndAnIndicatorNoDetectorScoresHasNone() throws Exception {
    Cli.Run r = Cli.run("alerts", "--db", db, "--status", "all", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    int seen = 0;
    for (JsonNode a : JSON.readTree(r.out())) {
      String indicator = a.get("indicator").asText();
      if (indicator.equals("material_conflict")) {
        assertThat(a.get("valueInWords").asText()).isEqualTo(WORDS);
        seen++;
      } else {
        assertThat(a.get("valueInWords").isNull()).as(indicator).isTrue();
      }
    }
    assertThat(seen).isEqualTo(2);
  }
}
